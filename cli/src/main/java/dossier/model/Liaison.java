package dossier.model;

public record Liaison(String name, String title, String officePhone, String mobile, String email) {
    public static final Liaison NONE = new Liaison("", "", "", "", "");

    public boolean isEmpty() {
        return name.isBlank() && officePhone.isBlank() && mobile.isBlank();
    }
}
