package org.autograd4j.examples.mnist;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;

/**
 * Digit images to and from files, as MNIST has them: 28x28 grayscale, a white digit on a black background,
 * pixels 0 to 1 in the tensor. Reading accepts any image Java can decode (PNG, JPEG, GIF, BMP) and prepares it
 * the way MNIST's digits were prepared: a dark-on-light image is inverted, and an image of another size has its
 * digit cropped, scaled to fit 20x20 and centred by its centre of mass in the 28x28 frame.
 */
public final class DigitImages {
    /** MNIST images are this many pixels on a side. */
    public static final int SIZE = 28;
    /** MNIST's digits were scaled to fit a box of this size inside the frame. */
    private static final int DIGIT_BOX = 20;
    /** Pixels at least this bright (after inversion) count as ink when cropping. */
    private static final float INK = 0.25f;

    private DigitImages() {
    }

    /** Writes a {@code [1, 28, 28]} (or {@code [28, 28]}) image, pixels 0 to 1, as an 8-bit grayscale PNG. */
    public static void writePng(Tensor image, Path file) throws IOException {
        float[] pixels = image.contiguous().toFloatArray();
        BufferedImage png = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int level = Math.round(Math.max(0f, Math.min(1f, pixels[y * SIZE + x])) * 255);
                png.getRaster().setSample(x, y, 0, level);
            }
        }
        if (!ImageIO.write(png, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** The digit in an image file as a {@code [1, 28, 28]} tensor, white on black, pixels 0 to 1. */
    public static Tensor read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new FileFormatException(file + ": not an image Java can read (PNG, JPEG, GIF or BMP expected)");
        }
        float[][] pixels = whiteOnBlack(brightness(image));
        if (pixels.length != SIZE || pixels[0].length != SIZE) {
            pixels = centredInFrame(cropToInk(pixels, file));
        }
        float[] flat = new float[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            System.arraycopy(pixels[y], 0, flat, y * SIZE, SIZE);
        }
        return Tensor.of(flat).view(1, SIZE, SIZE);
    }

    /** Each pixel's brightness, 0 to 1, [row][column]; transparent parts count as white paper. */
    static float[][] brightness(BufferedImage image) {
        float[][] out = new float[image.getHeight()][image.getWidth()];
        Raster raster = image.getRaster();
        boolean gray = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        boolean alpha = image.getColorModel().hasAlpha();
        double grayMax = (1 << image.getColorModel().getComponentSize(0)) - 1;
        for (int y = 0; y < out.length; y++) {
            for (int x = 0; x < out[y].length; x++) {
                // Gray samples are read as stored: getRGB would pass them through a gamma conversion.
                double value = gray ? raster.getSample(x, y, 0) / grayMax : luminance(image.getRGB(x, y));
                double opacity = alpha ? image.getColorModel().getAlpha(raster.getDataElements(x, y, null)) / 255.0 : 1;
                out[y][x] = (float) (value * opacity + (1 - opacity));
            }
        }
        return out;
    }

    private static double luminance(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    }

    /** Inverts a dark digit on light paper, told apart by the border's mean brightness. */
    static float[][] whiteOnBlack(float[][] pixels) {
        if (borderMean(pixels) <= 0.5) {
            return pixels;
        }
        float[][] out = new float[pixels.length][];
        for (int y = 0; y < pixels.length; y++) {
            out[y] = new float[pixels[y].length];
            for (int x = 0; x < pixels[y].length; x++) {
                out[y][x] = 1 - pixels[y][x];
            }
        }
        return out;
    }

    private static double borderMean(float[][] pixels) {
        int h = pixels.length;
        int w = pixels[0].length;
        double sum = 0;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    sum += pixels[y][x];
                    count++;
                }
            }
        }
        return sum / count;
    }

    /** The smallest rectangle holding every ink pixel. */
    static float[][] cropToInk(float[][] pixels, Path file) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (int y = 0; y < pixels.length; y++) {
            for (int x = 0; x < pixels[y].length; x++) {
                if (pixels[y][x] >= INK) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        if (bottom < 0) {
            throw new IllegalArgumentException(file + ": no digit found (the image is blank)");
        }
        float[][] out = new float[bottom - top + 1][];
        for (int y = top; y <= bottom; y++) {
            out[y - top] = Arrays.copyOfRange(pixels[y], left, right + 1);
        }
        return out;
    }

    /** The digit scaled to fit 20x20 (area averaging, keeping its proportions), centred by mass in 28x28. */
    static float[][] centredInFrame(float[][] digit) {
        int h = digit.length;
        int w = digit[0].length;
        double scale = (double) DIGIT_BOX / Math.max(h, w);
        int scaledH = Math.max(1, (int) Math.round(h * scale));
        int scaledW = Math.max(1, (int) Math.round(w * scale));
        float[][] scaled = resized(digit, scaledW, scaledH);
        double[] centre = centreOfMass(scaled);
        int top = clamp((int) Math.round(SIZE / 2.0 - centre[0]), SIZE - scaledH);
        int left = clamp((int) Math.round(SIZE / 2.0 - centre[1]), SIZE - scaledW);
        float[][] frame = new float[SIZE][SIZE];
        for (int y = 0; y < scaledH; y++) {
            System.arraycopy(scaled[y], 0, frame[top + y], left, scaledW);
        }
        return frame;
    }

    /** {@code pixels} resampled to {@code width} x {@code height}, each output pixel the mean of what it covers. */
    private static float[][] resized(float[][] pixels, int width, int height) {
        float[][] rows = new float[pixels.length][];
        for (int y = 0; y < pixels.length; y++) {
            rows[y] = areaAverage(pixels[y], width);
        }
        float[][] out = new float[height][width];
        float[] column = new float[pixels.length];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < pixels.length; y++) {
                column[y] = rows[y][x];
            }
            float[] resampled = areaAverage(column, height);
            for (int y = 0; y < height; y++) {
                out[y][x] = resampled[y];
            }
        }
        return out;
    }

    /** One line of values resampled to {@code length} cells, each the mean of the source over its extent. */
    private static float[] areaAverage(float[] line, int length) {
        double ratio = (double) line.length / length;
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double from = i * ratio;
            double to = from + ratio;
            double sum = 0;
            for (int j = (int) from; j < to && j < line.length; j++) {
                sum += line[j] * (Math.min(to, j + 1) - Math.max(from, j));
            }
            out[i] = (float) (sum / ratio);
        }
        return out;
    }

    /** The brightness-weighted mean position, {row, column}, in pixel centres. */
    private static double[] centreOfMass(float[][] pixels) {
        double total = 0;
        double row = 0;
        double column = 0;
        for (int y = 0; y < pixels.length; y++) {
            for (int x = 0; x < pixels[y].length; x++) {
                total += pixels[y][x];
                row += pixels[y][x] * (y + 0.5);
                column += pixels[y][x] * (x + 0.5);
            }
        }
        return new double[] {row / total, column / total};
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
