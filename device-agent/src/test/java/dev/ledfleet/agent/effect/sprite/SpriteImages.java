package dev.ledfleet.agent.effect.sprite;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Builds the PNG and GIF files the sprite tests feed in. */
final class SpriteImages {

    private SpriteImages() {
    }

    /** A sheet of {@code columns x rows} tiles of {@code tileWidth x tileHeight}, each one solid colour, row by row. */
    static BufferedImage sheet(int tileWidth, int tileHeight, int columns, int rows, int... colours) {
        BufferedImage image = new BufferedImage(tileWidth * columns, tileHeight * rows, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, colours[(y / tileHeight) * columns + x / tileWidth]);
            }
        }
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /** An animated GIF, one full-size frame per image. */
    static byte[] gif(BufferedImage... frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An animated GIF, one full-size frame per image, frame i showing for {@code delaysCs[i]} hundredths of a second. */
    static byte[] gifWithDelays(int[] delaysCs, BufferedImage... frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.length; i++) {
                writer.writeToSequence(new IIOImage(frames[i], null, frameMetadata(writer, frames[i], 0, 0, delaysCs[i])),
                        null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A two-frame GIF: {@code base}, then {@code patch} placed at ({@code left}, {@code top}) over it. */
    static byte[] gifWithPatch(BufferedImage base, BufferedImage patch, int left, int top) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(base, null, frameMetadata(writer, base, 0, 0, 0)), null);
            writer.writeToSequence(new IIOImage(patch, null, frameMetadata(writer, patch, left, top, 0)), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage image, int left, int top, int delayCs)
            throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = "javax_imageio_gif_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode descriptor = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        metadata.setFromTree(format, root);
        return metadata;
    }
}
