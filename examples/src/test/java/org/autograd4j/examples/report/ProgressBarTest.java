package org.autograd4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void theFinishedBarIsFullAndEndsTheLine() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "epoch 1/8", 8000);
        bar.update(4000, "loss 0.3000 acc 90.00%");
        bar.finish("loss 0.2000 acc 94.00%");

        String[] frames = text.toString().split("\r");
        assertTrue(frames[1].startsWith("epoch 1/8 [#######--------] loss 0.3000 acc 90.00% "), frames[1]);
        assertTrue(frames[1].matches(".* samples/s \\d+:\\d\\d left *"), frames[1]);
        assertTrue(frames[2].startsWith("epoch 1/8 [###############] loss 0.2000 acc 94.00% "), frames[2]);
        assertTrue(frames[2].endsWith("\n"), frames[2]);
        assertTrue(frames[2].strip().matches(".* samples/s in \\d+:\\d\\d"), frames[2]);
    }

    @Test
    void aLongRunsBarFitsIn80Columns() throws InterruptedException {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "epoch 10/12", 600);
        Thread.sleep(50);  // a rate of at most 12000 samples/s: five digits, as on a fast machine
        bar.finish("loss 0.0012 acc 100.00%");

        String line = text.toString().strip();
        assertTrue(line.length() <= 80, line.length() + " columns: " + line);
    }

    @Test
    void durationsReadAsMinutesAndSeconds() {
        assertEquals("0:00", Durations.minutesSeconds(0.2));
        assertEquals("1:15", Durations.minutesSeconds(75.4));
        assertEquals("61:40", Durations.minutesSeconds(3700));
    }
}
