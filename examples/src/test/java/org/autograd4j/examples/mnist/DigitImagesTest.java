package org.autograd4j.examples.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.autograd4j.Tensor;
import org.autograd4j.datasets.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitImagesTest {
    @TempDir
    Path dir;

    /** The first test digit (a 1). */
    private static final Tensor DIGIT = Datasets.mnist10k().test().get(0).get(0);

    @Test
    void aWrittenDigitReadsBackExactly() throws IOException {
        Path png = dir.resolve("digit.png");
        DigitImages.writePng(DIGIT, png);

        Tensor read = DigitImages.read(png);

        assertArrayEquals(new int[] {1, 28, 28}, read.shape());
        assertArrayEquals(DIGIT.contiguous().toFloatArray(), read.toFloatArray());
    }

    @Test
    void aDarkDigitOnLightPaperIsInverted() throws IOException {
        Path png = dir.resolve("inverted.png");
        DigitImages.writePng(DIGIT.neg().add(1), png);

        assertArrayEquals(DIGIT.contiguous().toFloatArray(), DigitImages.read(png).toFloatArray(), 1e-6f);
    }

    @Test
    void aLargeDrawingIsCroppedScaledAndCentredAsMnist() throws IOException {
        // A black bar on white, off-centre in a 200x100 RGB image: it should end up white, 20 pixels tall, centred.
        BufferedImage drawing = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawing.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.fillRect(20, 10, 10, 60);
        g.dispose();
        Path png = dir.resolve("drawing.png");
        ImageIO.write(drawing, "png", png.toFile());

        float[] pixels = DigitImages.read(png).toFloatArray();

        int inkRows = 0;
        double rowSum = 0;
        double columnSum = 0;
        double mass = 0;
        for (int y = 0; y < 28; y++) {
            boolean ink = false;
            for (int x = 0; x < 28; x++) {
                float p = pixels[y * 28 + x];
                ink |= p > 0.5f;
                mass += p;
                rowSum += p * (y + 0.5);
                columnSum += p * (x + 0.5);
            }
            inkRows += ink ? 1 : 0;
        }
        assertEquals(20, inkRows);
        assertEquals(14, rowSum / mass, 0.5);
        assertEquals(14, columnSum / mass, 0.5);
        assertEquals(0f, pixels[0], "the background is black");
    }

    @Test
    void aBlankImageHasNoDigit() throws IOException {
        BufferedImage blank = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
        Path png = dir.resolve("blank.png");
        ImageIO.write(blank, "png", png.toFile());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigitImages.read(png));
        assertTrue(e.getMessage().endsWith("no digit found (the image is blank)"), e.getMessage());
    }
}
