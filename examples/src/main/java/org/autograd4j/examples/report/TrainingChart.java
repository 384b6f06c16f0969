package org.autograd4j.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.autograd4j.examples.mnist.EpochResult;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the loss and accuracy curves of a training run as a PNG: loss above (training, smoothed, and test after
 * each epoch), accuracy below (training and test, per epoch), on one epoch axis.
 */
public final class TrainingChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private static final Color TRAIN = new Color(0x1f77b4);
    private static final Color TEST = new Color(0xd62728);

    private TrainingChart() {
    }

    /** Writes the chart of {@code curves} to {@code file}, titled {@code title}. */
    public static void save(Path file, String title, TrainingCurves curves) throws IOException {
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setRange(0, Math.max(1, curves.epochs().size()));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        plot.setGap(12);
        plot.add(lossPlot(curves), 1);
        plot.add(accuracyPlot(curves.epochs()), 1);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static XYPlot lossPlot(TrainingCurves curves) {
        XYSeries train = new XYSeries("training loss");
        for (TrainingCurves.Point p : curves.trainLoss()) {
            train.add(p.epochs(), p.loss());
        }
        XYSeries test = perEpoch("test loss", curves.epochs(), EpochResult::testLoss);
        // A log scale: the first batches' loss is ten times the last epochs', whose progress would flatten out.
        LogAxis axis = new LogAxis("cross-entropy loss (log scale)");
        axis.setTickUnit(new NumberTickUnit(Math.log10(2)), false, true);  // a tick each doubling
        axis.setNumberFormatOverride(new DecimalFormat("0.0##"));
        return plot(axis, train, false, test);
    }

    private static XYPlot accuracyPlot(List<EpochResult> epochs) {
        XYSeries train = perEpoch("training accuracy", epochs, r -> 100 * r.trainAccuracy());
        XYSeries test = perEpoch("test accuracy", epochs, r -> 100 * r.testAccuracy());
        NumberAxis axis = new NumberAxis("accuracy (%)");
        axis.setAutoRangeIncludesZero(false);
        return plot(axis, train, true, test);
    }

    private static XYSeries perEpoch(String name, List<EpochResult> epochs, ToDoubleFunction<EpochResult> value) {
        XYSeries series = new XYSeries(name);
        for (EpochResult r : epochs) {
            series.add(r.epoch(), value.applyAsDouble(r));
        }
        return series;
    }

    /** A plot of a training series and a test series (a line with a marker at each epoch). */
    private static XYPlot plot(ValueAxis yAxis, XYSeries train, boolean markTrain, XYSeries test) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(train);
        data.addSeries(test);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, TRAIN);
        renderer.setSeriesPaint(1, TEST);
        renderer.setSeriesShapesVisible(0, markTrain);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, null, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
