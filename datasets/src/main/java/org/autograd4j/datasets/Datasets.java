package org.autograd4j.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.data.Csv;
import org.autograd4j.data.Idx;
import org.autograd4j.data.TensorDataset;

/**
 * Three small real data sets, shipped in this jar and loaded with one call each, no network (like
 * {@code torchvision.datasets.MNIST} and scikit-learn's {@code load_digits}/{@code load_iris}). Each sample is
 * {@code [input, label]}, the label an int64 class index. Their sources and terms are in {@code NOTICE.md} beside
 * them.
 */
public final class Datasets {
    /** Iris's class names, by label. */
    public static final List<String> IRIS_CLASSES = List.of("setosa", "versicolor", "virginica");

    /** How many of MNIST-10k's samples are for training; the rest (2,000) are for testing. */
    public static final int MNIST10K_TRAIN_SIZE = 8000;

    /** A data set's fixed training and test parts. */
    public record Split(TensorDataset train, TensorDataset test) {
    }

    private Datasets() {
    }

    /**
     * 10,000 MNIST handwritten digits in a fixed shuffled order: samples 0-7999 train, 8000-9999 test. Images are
     * float32 {@code [1, 28, 28]} scaled to [0, 1] (torchvision's {@code ToTensor()}), labels 0-9.
     */
    public static Split mnist10k() {
        Tensor images = read("mnist10k-images-idx3-ubyte.gz", in -> Idx.read(in, "mnist10k images", DType.FLOAT32))
                .div(255.0);
        Tensor labels = read("mnist10k-labels-idx1-ubyte.gz", in -> Idx.read(in, "mnist10k labels", DType.INT64));
        Tensor x = images.view(images.size(0), 1, 28, 28);
        int test = x.size(0) - MNIST10K_TRAIN_SIZE;
        return new Split(new TensorDataset(x.narrow(0, 0, MNIST10K_TRAIN_SIZE), labels.narrow(0, 0, MNIST10K_TRAIN_SIZE)),
                new TensorDataset(x.narrow(0, MNIST10K_TRAIN_SIZE, test), labels.narrow(0, MNIST10K_TRAIN_SIZE, test)));
    }

    /**
     * scikit-learn's 1,797 handwritten digits ({@code load_digits}): each a float32 vector of 64 pixel values, an
     * 8x8 image row by row, each 0-16 (unscaled, as scikit-learn gives them); labels 0-9.
     */
    public static TensorDataset digits() {
        Tensor table = read("digits.csv.gz", in -> Csv.read(in, "digits.csv.gz", 0, DType.FLOAT32));
        return labelledRows(table);
    }

    /** Fisher's 150 irises: 4 float32 measurements in cm (sepal length and width, petal length and width); labels 0-2. */
    public static TensorDataset iris() {
        // The first line, "150,4,setosa,versicolor,virginica", holds the counts and IRIS_CLASSES.
        Tensor table = read("iris.csv", in -> Csv.read(in, "iris.csv", 1, DType.FLOAT32));
        return labelledRows(table);
    }

    /** The rows of a table whose last column is the label. */
    private static TensorDataset labelledRows(Tensor table) {
        int features = table.size(1) - 1;
        return new TensorDataset(table.narrow(1, 0, features).contiguous(), table.select(1, features).toLong());
    }

    /** What reads one shipped file. */
    private interface Reader {
        Tensor read(InputStream in) throws IOException;
    }

    /**
     * Reads a file shipped in this jar. A failure means a damaged jar, not a user error, so it is unchecked.
     */
    private static Tensor read(String file, Reader reader) {
        try (InputStream in = Datasets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the data file " + file + " is missing from autograd4j-datasets");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the shipped data file " + file + ": " + e.getMessage(), e);
        }
    }
}
