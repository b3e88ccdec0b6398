package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as offices save them: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK
 * (Notepad and WPS on a Chinese Windows). Strict UTF-8 first: GBK bytes of Chinese text are
 * almost never valid UTF-8, so a clean decode is a reliable signal; otherwise GB18030, a superset
 * of GBK and GB2312.
 */
public final class TextFiles {
    /**
     * The most a text input may hold: a task sheet, units table, register or baseline this big
     * would be hundreds of thousands of rows, and reading it whole must fit a 256 MB heap.
     */
    public static final int MAX_TEXT_BYTES = 16 << 20;

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextFiles() {
    }

    /** Whether the file has no bytes (a file that cannot be read is left to the reader to report). */
    public static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /**
     * A text input (csv, yaml, json) whole, or InputException naming it: unreadable, or larger than
     * {@link #MAX_TEXT_BYTES}. Read up to the limit rather than trusting the size, which a pipe or a
     * growing file does not tell.
     */
    public static String read(Path file, String displayName) {
        return decode(readBounded(file, displayName));
    }

    public static byte[] readBounded(Path file, String displayName) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            throw new InputException(Location.file(displayName), "input.unreadable", TableReader.reason(e));
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new InputException(Location.file(displayName), "input.tooLarge", MAX_TEXT_BYTES >> 20);
        }
        return bytes;
    }

    public static String decode(byte[] bytes) {
        return new String(bytes, offset(bytes), bytes.length - offset(bytes), charsetOf(bytes));
    }

    public static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (startsWith(bytes, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (startsWith(bytes, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static int offset(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return 3;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) return 2;
        return 0;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
