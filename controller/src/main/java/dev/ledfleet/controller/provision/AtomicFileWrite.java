package dev.ledfleet.controller.provision;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file next to it, are flushed to
 * disk, and the temporary file is renamed over the target. A reader (Mosquitto on SIGHUP, an agent
 * starting) sees the old file or the new one, never a mix. An existing file's owner, group and mode
 * carry over, so a password file the broker may read stays readable to it.
 */
public final class AtomicFileWrite {

    private AtomicFileWrite() {
    }

    /** {@code newFileMode} (for example {@code rw-------}) applies when the target does not exist yet. */
    public static void replace(Path target, byte[] content, String newFileMode) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                copyOwnershipOrApplyMode(absolute, temp, newFileMode);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyOwnershipOrApplyMode(Path target, Path temp, String newFileMode) throws IOException {
        PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (!Files.exists(target)) {
            tempView.setPermissions(PosixFilePermissions.fromString(newFileMode));
            return;
        }
        PosixFileAttributes existing = Files.readAttributes(target, PosixFileAttributes.class);
        tempView.setPermissions(existing.permissions());
        PosixFileAttributes current = tempView.readAttributes();
        if (!current.owner().equals(existing.owner()) || !current.group().equals(existing.group())) {
            // Only root may give a file away; an ordinary user rewriting their own file keeps it anyway.
            try {
                tempView.setOwner(existing.owner());
                tempView.setGroup(existing.group());
            } catch (IOException e) {
                throw new IOException("cannot keep the owner " + existing.owner() + ":" + existing.group().getName()
                        + " of " + target + " (run as root or as its owner): " + e.getMessage(), e);
            }
        }
    }
}
