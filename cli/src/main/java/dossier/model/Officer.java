package dossier.model;

/** One row of a 执法人员名册. {@code certificate} is "" when the cell is empty. */
public record Officer(String name, String certificate, String post, Location location) {
    /** 岗位 contains 法制审核. */
    public boolean legalReviewer() {
        return post.contains("法制审核");
    }
}
