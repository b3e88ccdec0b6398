package dossier.write;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an xlsx or docx as POI wrote it, or any other) so that the same content always
 * gives the same bytes: every entry's time set to the given date at 00:00 (DOS local time, so the
 * machine's time zone does not matter), no extra fields, no comments, one compression level.
 * Entry order, names and contents are kept; a STORED entry stays stored.
 */
public final class DeterministicZip {
    private DeterministicZip() {
    }

    public static byte[] normalize(byte[] zip, LocalDate date) {
        LocalDateTime time = date.atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        // Read through the central directory: POI's streaming writer uses data descriptors that
        // java.util.zip.ZipInputStream cannot always follow.
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                try (var entryIn = in.getInputStream(e)) {
                    if (e.getMethod() == ZipEntry.STORED) {
                        byte[] data = entryIn.readAllBytes();
                        CRC32 crc = new CRC32();
                        crc.update(data);
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(data.length);
                        copy.setCompressedSize(data.length);
                        copy.setCrc(crc.getValue());
                        out.putNextEntry(copy);
                        out.write(data);
                    } else {
                        // streamed: a ledger of 100,000 rows has a sheet of ~200 MB uncompressed
                        copy.setMethod(ZipEntry.DEFLATED);
                        out.putNextEntry(copy);
                        entryIn.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
