package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Values and gradients of convolution, pooling and padding against real PyTorch 1.13 on fixed
 * inputs. Input k of each case has the values {@code ((i*37 + k*13) % 101) / 10.0 - 5} (row-major),
 * all distinct so max pooling has no ties; the gradients are of {@code out.pow(2).sum() / 2}.
 * Generated with:
 *
 * <pre>
 * torch.set_default_dtype(torch.float64)
 * def inp(*shape, seed=0):
 *     n = math.prod(shape)
 *     return torch.tensor([((i*37+seed*13) % 101)/10.0 - 5 for i in range(n)]).reshape(shape).requires_grad_(True)
 * a, b, c = inp(*shape_a, seed=0), inp(*shape_b, seed=1), inp(*shape_c, seed=2)
 * out = EXPR; (out.pow(2).sum() / 2).backward(); print(out, a.grad, b.grad, c.grad)
 * </pre>
 */
class ConvValuesTest {

    private static Tensor input(int[] shape, int seed) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ((i * 37 + seed * 13) % 101) / 10.0 - 5;
        }
        return Tensor.of(v, shape).requiresGrad(true);
    }

    private static void check(int[][] shapes, GradCheck.Fn fn, int[] outShape, double[] expected, double[][] grads) {
        Tensor[] in = new Tensor[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            in[i] = input(shapes[i], i);
        }
        Tensor out = fn.apply(in);
        assertArrayEquals(outShape, out.shape(), "output shape");
        assertClose(expected, out.toDoubleArray(), "output");
        out.pow(2).sum().div(2).backward();
        for (int i = 0; i < in.length; i++) {
            assertClose(grads[i], in[i].grad().toDoubleArray(), "gradient of input " + i);
        }
        // float32 gives the same numbers to float precision
        Tensor[] in32 = new Tensor[in.length];
        for (int i = 0; i < in.length; i++) {
            in32[i] = input(shapes[i], i).detach().to(DType.FLOAT32);
        }
        Tensor out32 = fn.apply(in32);
        assertEquals(DType.FLOAT32, out32.dtype());
        double[] got = out32.toDoubleArray();
        for (int i = 0; i < got.length; i++) {
            assertEquals(expected[i], got[i], 1e-4 * Math.max(1, Math.abs(expected[i])), "float32 output " + i);
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9 * Math.max(1, Math.abs(expected[i])), what + " element " + i);
        }
    }

    private static void assertMessage(String message, Executable call) {
        Throwable e = assertThrows(RuntimeException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void conv2dBias() {
        // F.conv2d(a, b, c); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 5, 5}, new int[] {3, 2, 3, 3}, new int[] {3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.conv2d(a, b, c); },
                new int[] {1, 3, 3, 3}, new double[] {-23.79, 42.72, 0.15, -55.85, 30.86, -11.71, -3.07, -25.44, 44.1, 37.23, -25.9, -35.5, -11.78, 47.3, -64.31, -36.55, 76.06, -25.45, -0.73, 10.52, 33.89, 35.32, -35.24, -11.87, 35.01, -23.43, 10.04},
                new double[][] {new double[] {174.966, -390.6, -116.659, 331.025, -137.75, 303.651, -177.104, -783.048, 851.865, -103.398, 148.327, 401.17, -1331.883, 505.607, -66.093, -88.979, 744.86, -994.608, 253.518, 135.163, -144.944, 572.774, -616.877, 473.008, -259.86, -162.927, -8.86, 597.94, -22.807, -143.645, -12.194, -233.891, 807.075, -290.852, -254.692, 187.807, -712.815, 815.747, 338.833, -575.212, 288.394, -1111.839, 457.512, 561.675, -487.847, 210.381, -481.293, 30.621, 539.244, -173.79},
                        new double[] {-156.644, 429.422, -336.7, -650.416, 403.381, 543.633, -335.279, -157.253, 428.813, -159.892, 544.445, -651.634, -396.72, 429.625, -336.497, -650.213, 403.584, 543.836, -858.816, -156.063, 868.173, 351.543, -817.638, 415.668, 895.403, -870.486, -167.733, -921.056, 431.228, 328.203, -478.903, -152.173, 872.063, 355.433, -813.748, 419.558, 448.407, -406.228, -296.01, 113.424, 198.695, -179.321, -333.467, 464.46, -390.175, 534.023, -200.725, 145.53, 435.683, -411.579, -301.361, 108.073, 193.344, -184.672},
                        new double[] {-2.03, -38.9, 53.51}});
    }

    @Test
    void conv2dStridePaddingDilation() {
        // F.conv2d(a, b, c, stride=(2,1), padding=(1,2), dilation=(2,1)); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 2, 6, 5}, new int[] {3, 2, 2, 3}, new int[] {3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.conv2d(a, b, c, new int[] {2, 1}, new int[] {1, 2}, new int[] {2, 1}, 1); },
                new int[] {2, 3, 3, 7}, new double[] {2.36, 7.34, -24.94, 16.43, 10.33, -25.59, 4.47, -4.0, 11.59, -15.44, -9.44, 23.83, -15.02, -7.34, -6.04, -17.92, 25.37, -16.1, -10.1, 14.7, -31.96, -1.48, 10.41, 10.6, -14.77, 14.4, 17.72, -8.23, -8.24, 7.1, 17.81, -7.66, -5.86, 26.63, 17.16, 4.0, -15.06, -9.64, 19.43, -6.04, -4.98, 18.94, 29.02, -17.83, -15.47, 59.07, -15.87, -27.85, 20.48, 21.86, 7.66, -3.48, 4.22, 39.19, 3.64, -31.06, -20.3, 26.18, 37.16, -2.61, 5.09, 13.72, -1.87, 2.1, 6.28, -25.32, 16.05, 9.95, -25.71, 5.15, -4.12, 10.27, -15.0, -9.0, 24.27, -14.46, -5.58, -6.16, -19.24, 25.81, -15.66, -9.66, 15.26, -30.2, -1.32, 10.19, 9.46, -15.91, 13.26, 16.42, -9.15, -7.52, 7.46, 16.73, -8.74, -6.94, 24.83, 15.72, 4.72, -14.7, -10.72, 18.35, -7.12, -6.78, 17.5, 27.58, -19.23, -15.35, 59.19, -15.75, -26.29, 22.0, 19.38, 5.66, -4.06, 3.64, 38.61, 5.54, -29.64, -22.78, 24.18, 36.58, -3.19, 4.51, 15.62, -0.45},
                new double[][] {new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 422.766, -161.032, -294.026, 540.761, 122.265, 0.0, 0.0, 0.0, 0.0, 0.0, 53.162, 86.469, -101.896, -155.665, 579.87, 0.0, 0.0, 0.0, 0.0, 0.0, -468.185, 22.479, 308.258, -267.577, 68.818, 0.0, 0.0, 0.0, 0.0, 0.0, 367.367, -595.388, 110.436, 533.944, -274.92, 0.0, 0.0, 0.0, 0.0, 0.0, -23.134, 212.586, -201.015, 229.187, 338.759, 0.0, 0.0, 0.0, 0.0, 0.0, -207.575, 394.455, -59.102, -17.743, 216.126, 0.0, 0.0, 0.0, 0.0, 0.0, 410.978, -193.086, -305.404, 531.565, 94.987, 0.0, 0.0, 0.0, 0.0, 0.0, 43.068, 53.935, -108.21, -165.139, 549.236, 0.0, 0.0, 0.0, 0.0, 0.0, -473.333, 6.441, 306.2, -282.799, 46.92, 0.0, 0.0, 0.0, 0.0, 0.0, 340.501, -596.884, 111.012, 518.494, -283.436, 0.0, 0.0, 0.0, 0.0, 0.0, -56.458, 212.79, -203.183, 206.331, 325.975, 0.0, 0.0, 0.0, 0.0, 0.0, -227.267, 391.857, -62.016, -30.061, 210.324},
                        new double[] {-437.886, 820.988, -688.444, -1191.862, 364.622, 699.648, -430.314, 822.582, -684.77, -1180.372, 369.734, 701.264, 642.6, -473.08, -197.162, 634.59, 696.282, -592.772, 630.738, -476.49, -195.898, 619.348, 685.694, -594.992, 124.66, 807.948, -19.99, -1567.646, -88.916, 1763.938, 111.544, 782.162, -41.74, -1585.178, -111.164, 1734.652},
                        new double[] {-132.44, 147.98, 256.7}});
    }

    @Test
    void conv2dSame() {
        // F.conv2d(a, b, None, padding='same', dilation=(1,2)); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 5, 4}, new int[] {2, 2, 2, 3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; return F.conv2d(a, b, null, new int[] {1}, "same", new int[] {1, 2}, 1); },
                new int[] {1, 2, 5, 4}, new double[] {18.42, -24.83, 9.2, 5.91, -18.23, -37.24, 3.11, -3.21, -30.64, -29.45, -6.01, 7.87, -22.85, 5.61, 5.07, 8.85, -21.42, 27.83, 0.18, 4.77, -23.45, 25.44, 15.81, -24.62, 23.64, 15.97, -15.62, -37.87, 14.17, 26.7, -28.87, -30.92, 24.9, 3.09, -21.92, 6.33, 23.39, -23.7, -19.65, 27.98},
                new double[][] {new double[] {-123.097, 72.507, 187.674, -251.407, -24.75, 118.803, 20.987, -597.103, 141.523, 70.451, -456.623, -686.671, 93.171, 24.119, -546.191, -283.864, 146.464, -98.661, -460.775, 334.312, 153.708, -220.637, -118.089, 211.838, -0.909, -460.338, 42.909, 500.053, -357.258, -536.816, 369.413, 505.377, -433.736, -280.6, 374.737, 201.439, -405.865, 231.02, 341.609, -228.443},
                        new double[] {-101.102, -429.785, 452.403, 59.561, -178.434, 188.281, 18.759, -45.911, -452.962, -60.628, 337.531, -327.773, -345.544, 720.288, -499.312, -234.248, 508.735, 40.281, 36.207, -357.213, 340.398, 251.516, -661.892, 373.59}});
    }

    @Test
    void conv2dValid() {
        // F.conv2d(a, b, None, 1, 'valid'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 4, 4}, new int[] {1, 1, 3, 3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; return F.conv2d(a, b, null, 1, "valid", 1, 1); },
                new int[] {1, 1, 2, 2}, new double[] {-1.47, 8.6, 7.5, -36.97},
                new double[][] {new double[] {5.439, -31.82, -5.439, 31.82, -23.781, 112.099, 29.441, -96.369, -17.751, 89.759, 21.948, -211.599, -12.75, 77.849, -106.94, 162.668},
                        new double[] {-131.778, 158.961, -86.307, 136.621, -108.647, 196.939, -130.987, 174.599, -70.669}});
    }

    @Test
    void conv2dGroups() {
        // F.conv2d(a, b, c, groups=2, padding=1); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 4, 4, 4}, new int[] {6, 2, 2, 2}, new int[] {6}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.conv2d(a, b, c, 1, 1, 1, 2); },
                new int[] {1, 6, 5, 5}, new double[] {18.5, -29.08, -7.1, 24.98, -25.19, 12.4, 3.71, 12.89, 4.9, 20.88, -16.27, 16.19, -39.27, 27.48, -29.88, 9.6, -35.97, 30.78, -14.58, 21.37, -13.68, 5.01, 12.41, 9.71, -3.8, 23.11, -21.67, -2.98, 25.81, -21.98, 18.41, 8.74, 18.41, 10.91, 24.09, -16.35, 16.11, -31.79, 35.45, -25.69, 10.5, -34.09, 33.15, -11.72, 26.54, -7.6, 8.29, 12.4, 13.48, 0.88, 27.72, -14.26, 1.14, 26.64, -18.77, 24.42, -36.73, 10.8, 41.16, -13.1, -16.43, 13.0, 10.03, 13.12, -14.43, 11.4, 12.23, 15.32, 8.31, -15.76, -1.52, 1.47, 39.66, -20.12, 5.56, -12.53, 18.08, -23.34, -11.23, -3.34, 11.44, 37.41, -44.86, 3.16, 20.64, -14.29, 11.33, -16.4, 4.35, -6.98, 13.51, 1.41, -42.48, 5.54, 19.94, 19.32, -26.82, -2.02, 6.62, -8.82, 12.16, -22.22, -22.49, 23.7, -3.28, -13.09, 50.04, -1.44, -17.57, 24.62, 9.63, -28.62, -25.56, 33.05, -2.02, -23.2, 3.82, -2.21, -18.34, 25.88, 22.25, -22.77, -1.26, 11.16, -0.22, 3.52, -22.12, 18.76, -2.98, 5.87, -16.41, 1.06, -19.63, 2.1, -16.85, 7.29, -28.17, 5.68, 0.14, 4.96, -31.63, 46.63, -23.55, -1.82, -20.7, 15.08, -28.82, -10.6, 5.6, -1.72},
                new double[][] {new double[] {-730.488, 148.679, 367.415, -780.751, -272.068, 544.471, -179.994, 8.575, 625.94, -545.792, 513.605, -747.408, -355.805, 501.416, -588.664, 224.304, 462.855, -133.918, -42.812, 489.104, -30.3, 27.781, -351.68, 278.414, -96.489, -57.378, 20.085, 213.755, 51.939, -226.473, 401.607, -63.178, 548.458, -806.489, 207.877, 307.909, -232.497, -13.374, 346.029, -161.055, 430.393, -779.784, 150.37, 284.67, -716.433, 294.98, 223.639, -175.454, -239.549, 625.596, -206.42, -4.694, -228.832, 26.522, -36.583, -188.01, -241.419, 445.651, -262.44, -6.561, 523.734, -133.757, 32.165, -217.28},
                        new double[] {-701.281, 357.808, 867.921, -718.49, -197.576, 475.187, -104.206, 282.26, -760.705, 286.918, 788.624, -771.187, -172.144, 471.898, -99.088, 300.965, 592.962, -313.414, 249.575, -537.65, -371.437, 656.873, -200.02, 91.612, 727.773, -147.817, -4.978, -611.039, -372.071, 485.289, -354.633, -95.087, 660.639, -737.78, -379.936, 705.588, 353.813, 64.685, -850.963, 17.06, 378.779, -404.199, -260.903, 220.981, -228.455, 337.648, 527.772, -520.829},
                        new double[] {15.99, 112.41, 110.86, -40.36, 12.02, -108.31}});
    }

    @Test
    void conv2dDepthwise() {
        // F.conv2d(a, b, None, 1, 1, 1, 3); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 3, 4, 4}, new int[] {3, 1, 3, 3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; return F.conv2d(a, b, null, 1, 1, 1, 3); },
                new int[] {2, 3, 4, 4}, new double[] {-26.67, 43.99, -27.75, -3.98, 28.47, -1.47, 8.6, -12.37, -6.3, 7.5, -36.97, 8.1, 4.29, -21.98, -20.98, 3.7, 9.98, 1.86, -26.51, 9.88, 28.44, -9.56, -34.93, 29.67, -5.56, 5.11, 7.01, 16.57, 7.84, -20.84, 13.43, 7.69, -2.12, 12.35, -20.12, 11.35, -8.86, 27.95, -35.89, -3.94, 12.45, -2.18, -38.75, 28.17, 7.08, 13.73, -20.74, 7.37, 17.04, -13.0, 17.27, -5.17, -8.0, 33.45, -38.29, 1.98, 31.97, -2.02, 8.05, -14.92, 12.28, -14.38, -23.48, -0.89, 14.4, 12.69, -1.54, -21.51, 0.2, 26.09, -12.41, -21.48, 30.84, -6.71, 2.26, 5.82, 8.86, 9.13, -21.24, 20.37, -4.67, 5.15, 10.05, -19.94, 3.45, 4.74, 5.54, 5.66, -12.61, 29.15, -34.69, -3.64, 1.13, 7.49, -26.98, 6.01},
                new double[][] {new double[] {-140.004, 67.085, 230.079, -102.585, -123.434, 475.101, -209.42, 5.401, 114.215, 28.38, -73.909, -305.865, 38.286, 160.398, -254.986, 83.962, 132.49, -125.39, -200.595, 310.916, 142.953, -126.783, -238.128, 314.902, 147.173, -195.715, 3.815, 224.116, 3.951, -55.7, 155.48, 71.564, 147.938, -299.551, 234.144, -16.747, 121.199, -411.408, 450.382, -165.344, 95.553, -447.672, 411.418, -181.648, -12.158, -248.884, 295.871, -156.448, -71.625, 132.532, 86.568, -65.674, -34.661, 57.402, 261.838, -234.526, 17.765, 426.009, -238.199, 108.475, 118.48, -51.661, -38.311, -176.506, 43.744, 102.015, -153.969, -104.59, 194.341, 14.877, -146.609, -151.754, 176.453, 25.993, -208.631, 61.156, 183.656, -64.904, -72.501, 158.392, 28.229, 6.326, -105.459, 42.422, 155.645, -163.672, 27.938, 72.532, 161.017, -286.235, 254.75, -26.401, 173.04, -342.133, 211.802, -82.679},
                        new double[] {-516.662, 240.107, -265.782, -60.294, -351.957, 1210.463, -450.29, 1071.248, -745.451, -236.785, 664.43, -455.467, 269.645, 235.195, 2.432, 99.505, 763.074, -388.945, 591.828, -731.873, -140.559, 199.832, -175.486, 132.801, 543.095, -715.837, 114.355}});
    }

    @Test
    void conv1d() {
        // F.conv1d(a, b, c, stride=2, padding=1, dilation=2); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 2, 7}, new int[] {3, 2, 3}, new int[] {3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.conv1d(a, b, c, 2, 1, 2, 1); },
                new int[] {2, 3, 3}, new double[] {-4.81, 0.11, 6.81, 23.72, -14.03, 10.71, 29.02, -3.93, 14.61, -2.69, 31.28, -0.21, -10.22, -13.72, 14.09, -14.72, -8.22, 28.39},
                new double[][] {new double[] {0.0, 185.785, 0.0, -274.614, 0.0, 151.431, 0.0, 0.0, 215.865, 0.0, -212.404, 0.0, 165.711, 0.0, 0.0, -174.198, 0.0, -4.636, 0.0, 337.572, 0.0, 0.0, -192.488, 0.0, 19.344, 0.0, 389.182, 0.0},
                        new double[] {-26.816, -56.476, 173.893, -126.201, 77.826, -6.973, -62.644, 164.965, -179.472, 59.113, 77.842, 19.578, -129.984, 183.295, -128.332, 128.883, 155.022, 6.638},
                        new double[] {30.49, 10.55, 45.15}});
    }

    @Test
    void conv1dSameGroups() {
        // F.conv1d(a, b, None, 1, 'same', 1, 2); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 4, 6}, new int[] {4, 2, 4}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; return F.conv1d(a, b, null, 1, "same", 1, 2); },
                new int[] {1, 4, 6}, new double[] {-17.78, 26.99, 19.0, -36.46, 41.36, -19.28, -16.52, 32.45, 17.88, -37.09, 45.49, -19.35, 10.49, 4.29, -12.82, 21.58, -24.54, 21.73, 9.09, 1.49, -15.13, 26.83, -23.07, 24.6},
                new double[][] {new double[] {-231.079, -287.033, 586.969, -386.488, -233.631, 527.595, -112.921, 350.891, -67.566, -243.762, 563.509, -468.641, -5.918, -99.623, 198.6, -386.891, 514.981, -392.698, 54.896, -27.259, -133.365, 275.826, -351.747, 309.674},
                        new double[] {-406.81, 167.293, 163.452, -280.296, -343.59, 389.681, -188.064, 71.45, -450.665, 152.25, 193.629, -300.918, -371.905, 393.405, -181.4, 67.131, -38.349, -100.942, 158.554, -144.513, -237.342, 188.372, -61.404, 32.049, -50.592, -100.865, 180.59, -162.055, -269.612, 179.762, -91.973, 35.318}});
    }

    @Test
    void convTranspose2d() {
        // F.conv_transpose2d(a, b, c, stride=2, padding=1, output_padding=1); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 3, 3}, new int[] {2, 3, 3, 3}, new int[] {3}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.convTranspose2d(a, b, c, 2, 1, 1, 1, 1); },
                new int[] {1, 3, 6, 6}, new double[] {-7.2, -36.05, -3.87, 8.99, 0.47, -8.04, -13.1, -21.4, -6.44, 31.31, 2.24, -31.62, -6.3, -34.25, -2.97, 10.79, 1.37, 0.26, -11.3, -27.9, -4.64, 24.81, 4.04, -25.12, -5.4, -32.45, -2.07, 12.59, 2.27, 8.56, -8.4, -0.75, 2.33, 11.62, 3.97, -34.18, -24.5, 18.55, 1.03, 2.95, -2.73, 11.99, -45.4, 25.4, 5.66, -5.8, -1.86, 14.78, -17.6, 12.15, 7.93, -3.45, 4.17, 6.09, -31.6, 12.6, 19.46, -18.6, 11.94, 2.98, -10.7, 5.75, 14.83, -9.85, 11.07, 0.19, -13.7, 7.15, 19.23, -3.75, 12.77, 1.89, 28.9, 2.45, 1.89, 0.95, 17.3, 8.79, 33.4, 1.5, 16.75, -1.5, -17.07, 10.68, 21.6, 8.05, -5.41, 6.55, 10.0, 8.89, 28.9, 12.7, 12.25, 9.7, -21.57, 10.88, 14.3, 13.65, -12.71, 12.15, 2.7, 8.99, 11.3, 15.05, -8.31, 18.25, 4.4, 10.69},
                new double[][] {new double[] {-669.615, 65.17, -46.289, -884.095, 493.562, -39.717, -706.755, 780.939, 328.105, -844.56, 334.794, -411.664, -770.74, 819.543, -515.215, -399.56, 908.626999999999, -315.699},
                        new double[] {202.508, 110.376, -40.762, 148.083, 97.647, 427.741, 246.291, 183.875, -130.85, -100.36, 334.536, -87.316, -71.725, 287.997, -117.977, -125.455, 487.085, -134.435, 46.02, -369.696, 47.324, 81.965, -196.131, 10.783, 114.455, -442.713, 18.025, -343.844, -40.652, 382.552, -389.994, -14.964, 211.063, -384.813, -13.55, 567.752, 186.88, 107.328, -172.612, 111.11, 112.146, -169.394, 209.86, 185.8, -222.95, 30.4, 178.548, -38.552, 14.9, -263.421, -47.174, 14.41, 83.261, -43.85},
                        new double[] {-197.83, 41.02, 297.04}});
    }

    @Test
    void convTranspose2dGroupsDilation() {
        // F.conv_transpose2d(a, b, c, (2,1), (1,0), (1,0), 2, (1,2)); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 4, 3, 2}, new int[] {4, 1, 2, 3}, new int[] {2}},
                in -> { Tensor a = in[0]; Tensor b = in[1]; Tensor c = in[2]; return F.convTranspose2d(a, b, c, new int[] {2, 1}, new int[] {1, 0}, new int[] {1, 0}, 2, new int[] {1, 2}); },
                new int[] {1, 2, 5, 6}, new double[] {13.2, 0.62, -16.4, -1.6, -15.7, -10.89, -18.76, 15.8, 6.4, -6.4, -12.88, -8.4, -11.96, 9.8, 13.2, -12.4, -6.08, -14.4, -4.18, -6.99, 1.0, -11.8, -10.99, 30.86, -2.78, -8.29, 2.4, -13.1, -9.59, 29.56, 3.3, 20.32, -6.8, 0.23, 3.3, 0.34, -3.72, 5.9, -6.53, -6.9, 10.86, 0.5, -9.12, 7.9, -11.93, -4.9, 5.46, 2.5, -7.71, -1.12, 34.14, -6.63, -5.82, 8.06, -8.41, -4.52, 33.44, -10.03, -6.52, 4.66},
                new double[][] {new double[] {-125.83, -54.457, 38.672, -196.08, -60.364, 288.26, -5.06, 31.792, 170.008, 2.2, 99.214, -281.502, -34.33, 27.09, -132.45, -44.76, 313.61, -108.75, 33.95, 66.547, 24.036, 84.42, -290.708, 40.356},
                        new double[] {-130.736, 0.54, 110.909, -162.062, 120.1, 239.046, -88.397, 98.12, -203.597, -77.153, 196.61, -113.71, -11.739, 168.38, -83.478, 66.395, 202.371, -59.29, 52.832, -148.274, 2.504, 170.276, -135.353, 26.042},
                        new double[] {-80.75, 40.25}});
    }

    @Test
    void maxPool2d() {
        // F.max_pool2d(a, 2); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 4, 4}},
                in -> { Tensor a = in[0]; return F.maxPool2d(a, 2); },
                new int[] {1, 2, 2, 2}, new double[] {3.4, 2.4, 4.4, 1.7, 3.7, 4.7, 3.0, 5.0},
                new double[][] {new double[] {0.0, 0.0, 2.4, 0.0, 0.0, 3.4, 0.0, 0.0, 4.4, 0.0, 1.7, 0.0, 0.0, 0.0, 0.0, 0.0, 3.7, 0.0, 0.0, 4.7, 0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0}});
    }

    @Test
    void maxPool2dPaddingDilationCeil() {
        // F.max_pool2d(a, 3, 2, 1, 2, True); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 6, 5}},
                in -> { Tensor a = in[0]; return F.maxPool2d(a, 3, 2, 1, 2, true); },
                new int[] {1, 2, 3, 2}, new double[] {4.4, 4.4, 4.4, 4.4, 3.7, 3.7, 4.3, 4.3, 4.3, 4.3, 3.6, 3.6},
                new double[][] {new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 17.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 17.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}});
    }

    @Test
    void maxPool2dCeilStride() {
        // F.max_pool2d(a, (2,3), (2,2), 0, 1, True); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 5, 5}},
                in -> { Tensor a = in[0]; return F.maxPool2d(a, new int[] {2, 3}, new int[] {2, 2}, new int[] {0}, new int[] {1}, true); },
                new int[] {2, 3, 2}, new double[] {3.4, 4.4, 3.7, 4.7, 2.0, 3.0, 5.0, 4.0, 3.3, 4.3, 3.6, 4.6},
                new double[][] {new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 3.4, 0.0, 0.0, 4.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.7, 0.0, 0.0, 4.7, 0.0, 2.0, 0.0, 0.0, 3.0, 0.0, 0.0, 4.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 3.3, 0.0, 0.0, 4.3, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.6, 0.0, 0.0, 4.6}});
    }

    @Test
    void maxPool1d() {
        // F.max_pool1d(a, 3, 2, 1, 1, True); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 2, 7}},
                in -> { Tensor a = in[0]; return F.maxPool1d(a, 3, 2, 1, 1, true); },
                new int[] {2, 2, 4}, new double[] {-1.3, 2.4, 3.4, 3.4, 4.4, 4.4, 1.7, 2.7, 0.0, 3.7, 4.7, 4.7, 2.0, 3.0, 3.0, 4.0},
                new double[][] {new double[] {0.0, -1.3, 2.4, 0.0, 0.0, 6.8, 0.0, 0.0, 8.8, 0.0, 1.7, 0.0, 0.0, 2.7, 0.0, 0.0, 3.7, 0.0, 0.0, 9.4, 0.0, 2.0, 0.0, 0.0, 6.0, 0.0, 0.0, 4.0}});
    }

    @Test
    void avgPool2d() {
        // F.avg_pool2d(a, 2); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 4, 5}},
                in -> { Tensor a = in[0]; return F.avgPool2d(a, 2); },
                new int[] {1, 2, 2, 2}, new double[] {-1.475, 0.875, 0.175, 0.0, -0.7, -0.875, 0.95, 0.775},
                new double[][] {new double[] {-0.36875, -0.36875, 0.21875, 0.21875, 0.0, -0.36875, -0.36875, 0.21875, 0.21875, 0.0, 0.04375, 0.04375, 0.0, 0.0, 0.0, 0.04375, 0.04375, 0.0, 0.0, 0.0, -0.175, -0.175, -0.21875, -0.21875, 0.0, -0.175, -0.175, -0.21875, -0.21875, 0.0, 0.2375, 0.2375, 0.19375, 0.19375, 0.0, 0.2375, 0.2375, 0.19375, 0.19375, 0.0}});
    }

    @Test
    void avgPool2dPadCeilIncludePad() {
        // F.avg_pool2d(a, 3, 2, 1, True, True); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 5, 5}},
                in -> { Tensor a = in[0]; return F.avgPool2d(a, 3, 2, 1, true, true, null); },
                new int[] {1, 1, 3, 3}, new double[] {-0.655555555556, -0.088888888889, -0.211111111111, 0.122222222222, 0.122222222222, 0.788888888889, 0.444444444444, -0.122222222222, 0.888888888889},
                new double[][] {new double[] {-0.072839506173, -0.082716049383, -0.00987654321, -0.033333333333, -0.023456790123, -0.059259259259, -0.055555555556, 0.003703703704, 0.067901234568, 0.064197530864, 0.013580246914, 0.027160493827, 0.013580246914, 0.101234567901, 0.087654320988, 0.062962962963, 0.062962962963, -0.0, 0.186419753086, 0.186419753086, 0.049382716049, 0.035802469136, -0.013580246914, 0.085185185185, 0.098765432099}});
    }

    @Test
    void avgPool2dPadCeilExcludePad() {
        // F.avg_pool2d(a, 3, 2, 1, True, False); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 5, 5}},
                in -> { Tensor a = in[0]; return F.avgPool2d(a, 3, 2, 1, true, false, null); },
                new int[] {1, 1, 3, 3}, new double[] {-1.475, -0.133333333333, -0.475, 0.183333333333, 0.122222222222, 1.183333333333, 1.0, -0.183333333333, 2.0},
                new double[][] {new double[] {-0.36875, -0.390972222222, -0.022222222222, -0.140972222222, -0.11875, -0.338194444444, -0.346836419753, -0.008641975309, 0.069830246914, 0.078472222222, 0.030555555556, 0.044135802469, 0.013580246914, 0.210802469136, 0.197222222222, 0.280555555556, 0.263580246914, -0.016975308642, 0.68024691358, 0.697222222222, 0.25, 0.219444444444, -0.030555555556, 0.469444444444, 0.5}});
    }

    @Test
    void avgPool2dDivisorOverride() {
        // F.avg_pool2d(a, 2, 1, 1, False, True, 3); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 4, 4}},
                in -> { Tensor a = in[0]; return F.avgPool2d(a, 2, 1, 1, false, true, 3); },
                new int[] {1, 1, 5, 5}, new double[] {-1.666666666667, -2.1, 0.366666666667, -0.533333333333, -1.333333333333, -1.766666666667, -1.066666666667, 0.5, -1.3, -1.1, 1.366666666667, 1.833333333333, 0.033333333333, -1.766666666667, -1.333333333333, 1.133333333333, 1.366666666667, -0.433333333333, -2.233333333333, -1.566666666667, -0.333333333333, 0.566666666667, -0.333333333333, -1.233333333333, 0.0},
                new double[][] {new double[] {-2.2, -0.766666666667, -0.322222222222, -1.422222222222, 0.122222222222, 0.433333333333, -0.844444444444, -1.833333333333, 1.9, 0.933333333333, -1.466666666667, -2.3, 0.911111111111, 0.388888888889, -1.411111111111, -1.677777777778}});
    }

    @Test
    void avgPool1d() {
        // F.avg_pool1d(a, 3, 2, 1, True, False); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 6}},
                in -> { Tensor a = in[0]; return F.avgPool1d(a, 3, 2, 1, true, false); },
                new int[] {1, 2, 4}, new double[] {-3.15, -0.966666666667, -0.3, 3.4, -1.15, 1.033333333333, -1.666666666667, -4.7},
                new double[][] {new double[] {-1.575, -1.897222222222, -0.322222222222, -0.422222222222, -0.1, 3.3, -0.575, -0.230555555556, 0.344444444444, -0.211111111111, -0.555555555556, -5.255555555556}});
    }

    @Test
    void adaptiveAvgPool2d() {
        // F.adaptive_avg_pool2d(a, (3,4)); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 5, 7}},
                in -> { Tensor a = in[0]; return F.adaptiveAvgPool2d(a, new int[] {3, 4}); },
                new int[] {1, 2, 3, 4}, new double[] {-0.3, 0.2, -0.816666666667, 0.525, -0.166666666667, 0.333333333333, -0.122222222222, 1.5, -0.875, 0.466666666667, -0.55, -0.05, 0.425, 0.083333333333, 0.75, -1.275, 1.4, -0.344444444444, 0.322222222222, -0.3, -0.15, 0.35, 1.016666666667, 0.675},
                new double[][] {new double[] {-0.075, -0.041666666667, 0.033333333333, -0.102777777778, -0.136111111111, -0.004861111111, 0.13125, -0.102777777778, -0.032407407407, 0.07037037037, -0.079320987654, -0.149691358025, 0.231558641975, 0.38125, -0.027777777778, 0.009259259259, 0.037037037037, 0.023456790123, -0.013580246914, 0.236419753086, 0.25, -0.246527777778, -0.131712962963, 0.114814814815, 0.009567901235, -0.10524691358, 0.13225308642, 0.2375, -0.21875, -0.140972222222, 0.077777777778, -0.013888888889, -0.091666666667, -0.104166666667, -0.0125, 0.10625, 0.120138888889, 0.013888888889, 0.138888888889, 0.125, -0.19375, -0.31875, 0.339583333333, 0.315200617284, -0.024382716049, 0.136419753086, 0.160802469136, -0.207947530864, -0.36875, 0.233333333333, 0.195061728395, -0.038271604938, -0.002469135802, 0.035802469136, -0.014197530864, -0.05, 0.195833333333, 0.215895061728, 0.020061728395, 0.225308641975, 0.20524691358, 0.32399691358, 0.11875, -0.0375, 0.020833333333, 0.058333333333, 0.227777777778, 0.169444444444, 0.338194444444, 0.16875}});
    }

    @Test
    void adaptiveAvgPool2dUpsample() {
        // F.adaptive_avg_pool2d(a, 3); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 3, 2}},
                in -> { Tensor a = in[0]; return F.adaptiveAvgPool2d(a, 3); },
                new int[] {2, 3, 3}, new double[] {-5.0, -3.15, -1.3, 2.4, -0.8, -4.0, -0.3, 1.55, 3.4, -3.0, -1.15, 0.7, 4.4, 1.2, -2.0, 1.7, -1.5, -4.7},
                new double[][] {new double[] {-6.575, -2.875, 2.0, -4.4, 0.475, 4.175, -3.575, 0.125, 5.0, -1.4, 0.95, -5.45}});
    }

    @Test
    void padConstant() {
        // F.pad(a, (1,2,1,0), value=1.5); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 3}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {1, 2, 1, 0}, 1.5); },
                new int[] {1, 3, 6}, new double[] {1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, -5.0, -1.3, 2.4, 1.5, 1.5, 1.5, -4.0, -0.3, 3.4, 1.5, 1.5},
                new double[][] {new double[] {-5.0, -1.3, 2.4, -4.0, -0.3, 3.4}});
    }

    @Test
    void padConstantNegative() {
        // F.pad(a, (-1,1,0,-1)); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 3, 4}},
                in -> { Tensor a = in[0]; return F.pad(a, -1, 1, 0, -1); },
                new int[] {2, 2, 4}, new double[] {-1.3, 2.4, -4.0, 0.0, 3.4, -3.0, 0.7, 0.0, 2.7, -3.7, 0.0, 0.0, -2.7, 1.0, 4.7, 0.0},
                new double[][] {new double[] {0.0, -1.3, 2.4, -4.0, 0.0, 3.4, -3.0, 0.7, 0.0, 0.0, 0.0, 0.0, 0.0, 2.7, -3.7, 0.0, 0.0, -2.7, 1.0, 4.7, 0.0, 0.0, 0.0, 0.0}});
    }

    @Test
    void padReflect2d() {
        // F.pad(a, (3,1,2,2), mode='reflect'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 3, 4}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {3, 1, 2, 2}, "reflect"); },
                new int[] {1, 1, 7, 8}, new double[] {-4.7, 1.7, -2.0, 4.4, -2.0, 1.7, -4.7, 1.7, 0.7, -3.0, 3.4, -0.3, 3.4, -3.0, 0.7, -3.0, -4.0, 2.4, -1.3, -5.0, -1.3, 2.4, -4.0, 2.4, 0.7, -3.0, 3.4, -0.3, 3.4, -3.0, 0.7, -3.0, -4.7, 1.7, -2.0, 4.4, -2.0, 1.7, -4.7, 1.7, 0.7, -3.0, 3.4, -0.3, 3.4, -3.0, 0.7, -3.0, -4.0, 2.4, -1.3, -5.0, -1.3, 2.4, -4.0, 2.4},
                new double[][] {new double[] {-10.0, -5.2, 14.4, -16.0, -0.9, 20.4, -27.0, 4.2, 8.8, -8.0, 10.2, -18.8}});
    }

    @Test
    void padReflect1d() {
        // F.pad(a, (2,3), mode='reflect'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 4}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {2, 3}, "reflect"); },
                new int[] {1, 2, 9}, new double[] {2.4, -1.3, -5.0, -1.3, 2.4, -4.0, 2.4, -1.3, -5.0, -3.0, 3.4, -0.3, 3.4, -3.0, 0.7, -3.0, 3.4, -0.3},
                new double[][] {new double[] {-10.0, -3.9, 7.2, -4.0, -0.6, 10.2, -9.0, 0.7}});
    }

    @Test
    void padReflectNegative() {
        // F.pad(a, (-1,2,1,0), mode='reflect'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 1, 3, 4}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {-1, 2, 1, 0}, "reflect"); },
                new int[] {1, 1, 4, 5}, new double[] {3.4, -3.0, 0.7, -3.0, 3.4, -1.3, 2.4, -4.0, 2.4, -1.3, 3.4, -3.0, 0.7, -3.0, 3.4, -2.0, 1.7, -4.7, 1.7, -2.0},
                new double[][] {new double[] {0.0, -2.6, 4.8, -4.0, 0.0, 13.6, -12.0, 1.4, 0.0, -4.0, 3.4, -4.7}});
    }

    @Test
    void padReplicate2d() {
        // F.pad(a, (2,1,0,3), mode='replicate'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {2, 3, 3}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {2, 1, 0, 3}, "replicate"); },
                new int[] {2, 6, 6}, new double[] {-5.0, -5.0, -5.0, -1.3, 2.4, 2.4, -4.0, -4.0, -4.0, -0.3, 3.4, 3.4, -3.0, -3.0, -3.0, 0.7, 4.4, 4.4, -3.0, -3.0, -3.0, 0.7, 4.4, 4.4, -3.0, -3.0, -3.0, 0.7, 4.4, 4.4, -3.0, -3.0, -3.0, 0.7, 4.4, 4.4, -2.0, -2.0, -2.0, 1.7, -4.7, -4.7, -1.0, -1.0, -1.0, 2.7, -3.7, -3.7, 0.0, 0.0, 0.0, 3.7, -2.7, -2.7, 0.0, 0.0, 0.0, 3.7, -2.7, -2.7, 0.0, 0.0, 0.0, 3.7, -2.7, -2.7, 0.0, 0.0, 0.0, 3.7, -2.7, -2.7},
                new double[][] {new double[] {-15.0, -1.3, 4.8, -12.0, -0.3, 6.8, -36.0, 2.8, 35.2, -6.0, 1.7, -9.4, -3.0, 2.7, -7.4, 0.0, 14.8, -21.6}});
    }

    @Test
    void padReplicate1d() {
        // F.pad(a, (3,1), mode='replicate'); loss = out.pow(2).sum() / 2
        check(new int[][] {new int[] {1, 2, 3}},
                in -> { Tensor a = in[0]; return F.pad(a, new int[] {3, 1}, "replicate"); },
                new int[] {1, 2, 7}, new double[] {-5.0, -5.0, -5.0, -5.0, -1.3, 2.4, 2.4, -4.0, -4.0, -4.0, -4.0, -0.3, 3.4, 3.4},
                new double[][] {new double[] {-20.0, -1.3, 4.8, -16.0, -0.3, 6.8}});
    }


    @Test
    void maxPoolIndices() {
        // F.max_pool2d(a, 3, 2, 1, 2, True, return_indices=True)[1]
        Tensor[] r = F.maxPool2dWithIndices(input(new int[] {1, 2, 6, 5}, 0), new int[] {3}, new int[] {2},
                new int[] {1}, new int[] {2}, true);
        assertEquals(DType.INT64, r[1].dtype());
        assertArrayEquals(new int[] {1, 2, 3, 2}, r[1].shape());
        assertArrayEquals(new long[] {8, 8, 8, 8, 16, 16, 8, 8, 8, 8, 16, 16}, r[1].toLongArray());
        // F.max_pool1d(a, 3, 2, 1, 1, True, return_indices=True)[1]
        Tensor[] r1 = F.maxPool1dWithIndices(input(new int[] {2, 2, 7}, 0), 3, 2, 1, 1, true);
        assertArrayEquals(new int[] {2, 2, 4}, r1[1].shape());
        assertArrayEquals(new long[] {1, 2, 5, 5, 1, 1, 3, 6, 1, 2, 5, 5, 0, 3, 3, 6}, r1[1].toLongArray());
    }

    @Test
    void convolutionErrors() {
        assertMessage("Given groups=1, weight of size [3, 2, 3, 3], expected input[1, 4, 5, 5] to have 2 channels, "
                + "but got 4 channels instead", () -> F.conv2d(Tensor.rand(1, 4, 5, 5), Tensor.rand(3, 2, 3, 3)));
        assertMessage("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [4, 5, 5, 5, 5]",
                () -> F.conv2d(Tensor.rand(4, 5, 5, 5, 5), Tensor.rand(3, 2, 3, 3)));
        assertMessage("Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [1, 4, 5, 5]",
                () -> F.conv1d(Tensor.rand(1, 4, 5, 5), Tensor.rand(4, 2, 3)));
        assertMessage("Calculated padded input size per channel: (2 x 2). Kernel size: (3 x 3). Kernel size can't be "
                + "greater than actual input size", () -> F.conv2d(Tensor.rand(1, 2, 2, 2), Tensor.rand(3, 2, 3, 3)));
        assertMessage("Calculated padded input size per channel: (2). Kernel size: (3). Kernel size can't be greater "
                + "than actual input size", () -> F.conv1d(Tensor.rand(1, 2, 2), Tensor.rand(3, 2, 3)));
        assertMessage("Given groups=2, expected weight to be divisible by 2 at dimension 0, but got weight of size "
                + "[[3, 2, 3, 3]] instead", () -> F.conv2d(Tensor.rand(1, 4, 5, 5), Tensor.rand(3, 2, 3, 3), null,
                1, 0, 1, 2));
        assertMessage("Given weight of size [4, 2, 3, 3], expected bias to be 1-dimensional with 4 elements, but got "
                + "bias of size [3] instead", () -> F.conv2d(Tensor.rand(1, 4, 5, 5), Tensor.rand(4, 2, 3, 3),
                Tensor.rand(3), 1, 0, 1, 2));
        assertMessage("padding='same' is not supported for strided convolutions", () -> F.conv2d(
                Tensor.rand(1, 4, 5, 5), Tensor.rand(4, 4, 3, 3), null, 2, "same", 1, 1));
        assertMessage("Invalid padding string: 'foo'", () -> F.conv2d(Tensor.rand(1, 4, 5, 5), Tensor.rand(4, 4, 3, 3),
                null, 1, "foo", 1, 1));
        assertMessage("non-positive stride is not supported", () -> F.conv2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(4, 4, 3, 3), null, 0, 0, 1, 1));
        assertMessage("negative padding is not supported", () -> F.conv2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(4, 4, 3, 3), null, 1, -1, 1, 1));
        assertMessage("dilation should be greater than zero, but got [0, 0]", () -> F.conv2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(4, 4, 3, 3), null, 1, 0, 0, 1));
        assertMessage("non-positive groups is not supported", () -> F.conv2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(4, 4, 3, 3), null, 1, 0, 1, 0));
        assertMessage("Given transposed=1, weight of size [3, 2, 3, 3], expected input[1, 4, 5, 5] to have 3 channels, "
                + "but got 4 channels instead", () -> F.convTranspose2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(3, 2, 3, 3)));
        assertMessage("Given transposed=1, weight of size [4, 2, 3, 3], expected bias to be 1-dimensional with 4 "
                + "elements, but got bias of size [3] instead", () -> F.convTranspose2d(Tensor.rand(1, 4, 5, 5),
                Tensor.rand(4, 2, 3, 3), Tensor.rand(3), 1, 0, 0, 2, 1));
        assertMessage("output padding must be smaller than either stride or dilation, but got output_padding_height: 2 "
                + "output_padding_width: 2 stride_height: 2 stride_width: 2 dilation_height: 1 dilation_width: 1",
                () -> F.convTranspose2d(Tensor.rand(1, 4, 5, 5), Tensor.rand(4, 2, 3, 3), null, 2, 0, 2, 1, 1));
    }

    @Test
    void poolingErrors() {
        assertMessage("pad should be at most half of kernel size, but got pad=2 and kernel_size=3",
                () -> F.maxPool2d(Tensor.rand(1, 2, 5, 5), 3, 3, 2));
        assertMessage("pad should be at most half of kernel size, but got pad=2 and kernel_size=3",
                () -> F.avgPool2d(Tensor.rand(1, 2, 5, 5), 3, 3, 2));
        assertMessage("Given input size: (2x2x2). Calculated output size: (2x0x0). Output size is too small",
                () -> F.maxPool2d(Tensor.rand(1, 2, 2, 2), 3));
        assertMessage("Given input size: (2x2x2). Calculated output size: (2x0x0). Output size is too small",
                () -> F.avgPool2d(Tensor.rand(1, 2, 2, 2), 3));
        assertMessage("non-empty 3D or 4D (batch mode) tensor expected for input",
                () -> F.maxPool2d(Tensor.rand(2, 2), 3));
        assertMessage("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:"
                + "[2, 2, 5, 5, 5]", () -> F.avgPool2d(Tensor.rand(2, 2, 5, 5, 5), 3));
        assertMessage("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, "
                + "but got:[2, 5, 5, 5]", () -> F.maxPool1d(Tensor.rand(2, 5, 5, 5), 2));
        assertMessage("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got [2, 2, 5, 5, 5]",
                () -> F.adaptiveAvgPool2d(Tensor.rand(2, 2, 5, 5, 5), 3));
        assertMessage("divisor must be not zero", () -> F.avgPool2d(Tensor.rand(1, 2, 5, 5), 2, 2, 0, false, true, 0));
        assertMessage("dilation should be greater than zero, but got dilationH: 0 dilationW: 0",
                () -> F.maxPool2d(Tensor.rand(1, 2, 5, 5), 2, 2, 0, 0, false));
    }

    @Test
    void paddingErrors() {
        assertMessage("Argument #6: Padding size should be less than the corresponding input dimension, but got: "
                + "padding (3, 3) at dimension 2 of input 4",
                () -> F.pad(Tensor.rand(1, 2, 3, 3), new int[] {1, 1, 3, 3}, "reflect"));
        assertMessage("Argument #6: Padding size should be less than the corresponding input dimension, but got: "
                + "padding (3, 1) at dimension 3 of input 4",
                () -> F.pad(Tensor.rand(1, 2, 3, 3), new int[] {3, 1, 1, 1}, "reflect"));
        assertMessage("Argument #4: Padding size should be less than the corresponding input dimension, but got: "
                + "padding (3, 1) at dimension 2 of input [1, 2, 3]",
                () -> F.pad(Tensor.rand(1, 2, 3), new int[] {3, 1}, "reflect"));
        assertMessage("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now",
                () -> F.pad(Tensor.rand(1, 2, 3, 3), new int[] {1, 1}, "reflect"));
        assertMessage("Padding length must be divisible by 2", () -> F.pad(Tensor.rand(1, 2, 3, 3), 1, 1, 3));
        assertMessage("Padding length too large", () -> F.pad(Tensor.rand(3), 1, 1, 1, 1));
        assertMessage("Unrecognised padding mode foo", () -> F.pad(Tensor.rand(1, 2, 3, 3), new int[] {1, 1}, "foo"));
    }
}
