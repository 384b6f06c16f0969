package org.autograd4j.io;

import java.util.Map;
import org.autograd4j.DType;

/** PyTorch's storage classes ({@code torch.FloatStorage}, ...) and the element types their bytes hold. */
final class TorchStorageType {
    private static final Map<String, SafeDType> ELEMENTS = Map.of("FloatStorage", SafeDType.F32,
            "DoubleStorage", SafeDType.F64, "HalfStorage", SafeDType.F16, "BFloat16Storage", SafeDType.BF16,
            "LongStorage", SafeDType.I64, "IntStorage", SafeDType.I32, "ShortStorage", SafeDType.I16,
            "CharStorage", SafeDType.I8, "ByteStorage", SafeDType.U8, "BoolStorage", SafeDType.BOOL);

    private TorchStorageType() {
    }

    /** Whether {@code name} (without {@code torch.}) is a storage class that loads. */
    static boolean isStorage(String name) {
        return ELEMENTS.containsKey(name);
    }

    /** The element type of the storage class {@code name}, one that {@link #isStorage} admits. */
    static SafeDType element(String name) {
        return ELEMENTS.get(name);
    }

    /** The storage class a tensor of {@code dtype} is saved in. */
    static String of(DType dtype) {
        switch (dtype) {
            case FLOAT32: return "FloatStorage";
            case FLOAT64: return "DoubleStorage";
            case INT64: return "LongStorage";
            default: return "BoolStorage";
        }
    }
}
