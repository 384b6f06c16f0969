/**
 * autograd4j: tensors and PyTorch's define-by-run autograd in pure Java.
 *
 * <p>Exported are the packages a user programs against: {@code org.autograd4j} (Tensor, DType,
 * Index, Autograd, GradCheck, Generator, Threads, Variable), {@code org.autograd4j.autograd}
 * (custom functions, grad mode, the nodes a tensor's {@code gradFn()} returns), {@code
 * org.autograd4j.nn} ({@code F}, {@code Module} and the layers), {@code org.autograd4j.nn.init},
 * {@code org.autograd4j.nn.utils}, {@code org.autograd4j.optim}, {@code org.autograd4j.optim.lr},
 * {@code org.autograd4j.data} (data sets and their loader), {@code org.autograd4j.io} (safetensors,
 * checkpoints, NumPy and PyTorch files) and {@code org.autograd4j.linalg} ({@code torch.linalg}). The
 * operators, kernels, storage and internals are not exported. A
 * new user-facing package adds its {@code exports} line here.
 */
module org.autograd4j {
    // The SIMD kernels use the incubating Vector API when the module is present (--add-modules
    // jdk.incubator.vector); they are loaded reflectively, so without it the scalar kernels run.
    requires static jdk.incubator.vector;
    // Kernels reads the JVM's flags to tell whether C2 will compile the SIMD kernels.
    requires java.management;
    // GemmWatchdog reads the calling thread's allocation counter (com.sun.management.ThreadMXBean);
    // memory.HeapWatch sets G1PeriodicGCInterval (HotSpotDiagnosticMXBean) and hears collections.
    // Not static: on the module path a static requirement is not resolved by default, and the
    // safety net would silently be off.
    requires jdk.management;

    exports org.autograd4j;
    exports org.autograd4j.autograd; // not autograd.engine: Graph, Engine, OpContext, SavedTensor are the machinery
    exports org.autograd4j.nn;
    exports org.autograd4j.nn.init;
    exports org.autograd4j.nn.utils;
    exports org.autograd4j.optim;
    exports org.autograd4j.data;
    exports org.autograd4j.io;
    exports org.autograd4j.linalg;
    exports org.autograd4j.optim.lr;
}
