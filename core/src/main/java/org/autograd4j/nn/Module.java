package org.autograd4j.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Base of every layer and model, as {@code torch.nn.Module}. Java has no {@code __setattr__}, so a
 * module registers what it owns in its constructor, one style everywhere:
 * <pre>{@code
 * fc1 = register("fc1", new Linear(784, 128));                        // a submodule
 * registerParameter("weight", Tensor.empty(out, in));                  // a parameter (requires grad)
 * registerBuffer("running_mean", Tensor.zeros(n), true);               // a persistent buffer
 * }</pre>
 * The names give PyTorch's dotted keys ({@code fc1.weight}, {@code bn.running_mean}). Parameters and
 * buffers are read back by name ({@link #parameter}, {@link #buffer}) rather than held in fields,
 * because {@link #to(DType)} replaces them.
 *
 * <p>A module computes in {@link #forward(Tensor)} (or {@link #forward(Tensor, Tensor)} for two
 * inputs) and is run with {@link #call(Tensor)}, which also runs the forward hooks.
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Set<String> nonPersistentBuffers = new HashSet<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final ForwardHooks hooks = new ForwardHooks();
    private boolean training = true;

    // ------------------------------------------------------------------ forward

    /** The computation on one input. Modules that take one tensor override this. */
    public Tensor forward(Tensor input) {
        throw missingForward();
    }

    /** The computation on two inputs (a loss's input and target, Bilinear's two inputs). */
    public Tensor forward(Tensor input, Tensor other) {
        throw missingForward();
    }

    /** Runs {@link #forward(Tensor)} between the forward pre-hooks and hooks (PyTorch's {@code module(x)}). */
    public final Tensor call(Tensor input) {
        return callWithHooks(new Tensor[] {input}, in -> forward(in[0]));
    }

    /** Runs {@link #forward(Tensor, Tensor)} between the forward pre-hooks and hooks. */
    public final Tensor call(Tensor input, Tensor other) {
        return callWithHooks(new Tensor[] {input, other}, in -> forward(in[0], in[1]));
    }

    /** For modules whose forward has another signature: runs {@code forward} between the hooks. */
    protected final <R> R callWithHooks(Tensor[] inputs, Function<Tensor[], R> forward) {
        return hooks.run(this, inputs, forward);
    }

    private UnsupportedOperationException missingForward() {
        return new UnsupportedOperationException("Module [" + name() + "] is missing the required \"forward\" function");
    }

    /** Registers a hook run before forward; it may return replacement inputs (or null to keep them). */
    public HookHandle registerForwardPreHook(ForwardHooks.PreHook hook) {
        Args.nonNull(hook, "hook");
        return hooks.addPreHook(hook);
    }

    /** Registers a hook run after forward; it may return a replacement output (or null to keep it). */
    public HookHandle registerForwardHook(ForwardHooks.PostHook hook) {
        Args.nonNull(hook, "hook");
        return hooks.addPostHook(hook);
    }

    // ------------------------------------------------------------------ registration

    /** Registers {@code module} as the child {@code name} and returns it. */
    protected final <M extends Module> M register(String name, M module) {
        checkNewName(name, "module");
        modules.put(name, module);
        return module;
    }

    /** Registers {@code module} under its position, "0", "1", ... (the list-like containers). */
    protected final void registerNext(Module module) {
        register(Integer.toString(modules.size()), module);
    }

    /** Registers {@code tensor} (made a leaf that requires grad) as parameter {@code name}; null registers None. */
    protected final Tensor registerParameter(String name, Tensor tensor) {
        checkNewName(name, "parameter");
        if (tensor != null && !tensor.isLeaf()) {
            throw new IllegalArgumentException("Cannot assign non-leaf Tensor to parameter '" + name + "'. Model "
                    + "parameters must be created explicitly. To express '" + name + "' as a function of another "
                    + "Tensor, compute the value in the forward() method.");
        }
        parameters.put(name, tensor == null ? null : tensor.requiresGrad(true));
        return tensor;
    }

    /** Registers a buffer (state that is not a parameter); a non-persistent one stays out of the state dict. */
    protected final Tensor registerBuffer(String name, Tensor tensor, boolean persistent) {
        checkNewName(name, "buffer");
        buffers.put(name, tensor);
        if (!persistent) {
            nonPersistentBuffers.add(name);
        }
        return tensor;
    }

    private void checkNewName(String name, String kind) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException(kind + " name can't be empty string \"\"");
        }
        if (name.contains(".")) {
            throw new IllegalArgumentException(kind + " name can't contain \".\", got: " + name);
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || modules.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' already exists");
        }
    }

    /** This module's own parameter {@code name} (null when registered as None). */
    public final Tensor parameter(String name) {
        return lookUp(parameters, name);
    }

    /** This module's own buffer {@code name}. */
    public final Tensor buffer(String name) {
        return lookUp(buffers, name);
    }

    private Tensor lookUp(Map<String, Tensor> map, String name) {
        if (!map.containsKey(name)) {
            throw new IllegalArgumentException("'" + name() + "' object has no attribute '" + name + "'");
        }
        return map.get(name);
    }

    /**
     * Puts {@code tensor} in place of the parameter or buffer at the dotted {@code name}, as it is
     * (no leaf check: {@link Stateless#functionalCall} passes computed tensors), and returns the one
     * that was there.
     */
    final Tensor swapMember(String name, Tensor tensor) {
        int dot = name.lastIndexOf('.');
        Module owner = dot < 0 ? this : namedModules().get(name.substring(0, dot));
        String member = name.substring(dot + 1);
        if (owner == null || !owner.parameters.containsKey(member) && !owner.buffers.containsKey(member)) {
            Module parent = owner != null ? owner : this;
            throw new IllegalArgumentException("'" + parent.name() + "' object has no attribute '" + member + "'");
        }
        Map<String, Tensor> members = owner.parameters.containsKey(member) ? owner.parameters : owner.buffers;
        return members.put(member, tensor);
    }

    // ------------------------------------------------------------------ traversal

    /** The direct submodules, in registration order. */
    public final List<Module> children() {
        return List.copyOf(modules.values());
    }

    /** The direct submodules by name, in registration order. */
    public final Map<String, Module> namedChildren() {
        return Collections.unmodifiableMap(modules);
    }

    /** This module (name "") and every submodule below it, depth first, each once. */
    public final Map<String, Module> namedModules() {
        Map<String, Module> out = new LinkedHashMap<>();
        collectModules("", out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private void collectModules(String prefix, Map<String, Module> out, Set<Module> seen) {
        if (!seen.add(this)) {
            return;
        }
        out.put(prefix, this);
        modules.forEach((name, child) -> child.collectModules(dotted(prefix, name), out, seen));
    }

    /** The child at a Python-style position (negative counts from the end), for the list-like containers. */
    protected final Module childAt(int index) {
        int size = modules.size();
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of range");
        }
        return children().get(Math.floorMod(index, size));
    }

    public final List<Module> modules() {
        return List.copyOf(namedModules().values());
    }

    /** Every parameter of this module and its submodules, by dotted name, each tensor once. */
    public final Map<String, Tensor> namedParameters() {
        return namedMembers(m -> m.parameters);
    }

    public final List<Tensor> parameters() {
        return List.copyOf(namedParameters().values());
    }

    /** Every buffer, persistent or not, by dotted name. */
    public final Map<String, Tensor> namedBuffers() {
        return namedMembers(m -> m.buffers);
    }

    public final List<Tensor> buffers() {
        return List.copyOf(namedBuffers().values());
    }

    private Map<String, Tensor> namedMembers(Function<Module, Map<String, Tensor>> members) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        namedModules().forEach((prefix, m) -> members.apply(m).forEach((name, t) -> {
            if (t != null && seen.add(t)) {
                out.put(dotted(prefix, name), t);
            }
        }));
        return out;
    }

    static String dotted(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Calls {@code fn} on every submodule (depth first, children before parents), then on this one. */
    public final Module apply(Consumer<Module> fn) {
        Args.nonNull(fn, "fn");
        for (Module child : modules.values()) {
            child.apply(fn);
        }
        fn.accept(this);
        return this;
    }

    // ------------------------------------------------------------------ modes and parameter state

    /** Sets training mode here and below (Dropout drops, BatchNorm uses batch statistics). */
    public final Module train(boolean mode) {
        return apply(m -> m.training = mode);
    }

    public final Module train() {
        return train(true);
    }

    /** Evaluation mode: {@code train(false)}. */
    public final Module eval() {
        return train(false);
    }

    public final boolean isTraining() {
        return training;
    }

    /** Sets every parameter's gradient to null (PyTorch 2's {@code zero_grad(set_to_none=True)}). */
    public final void zeroGrad() {
        for (Tensor p : parameters()) {
            p.setGrad(null);
        }
    }

    /** Freezes ({@code false}) or unfreezes every parameter. */
    public final Module requiresGrad(boolean requiresGrad) {
        for (Tensor p : parameters()) {
            p.requiresGrad(requiresGrad);
        }
        return this;
    }

    /**
     * Converts every floating-point parameter and buffer to {@code dtype} (integer buffers such as
     * {@code num_batches_tracked} stay). Parameters are replaced by new leaves, so build optimizers after.
     */
    public final Module to(DType dtype) {
        Args.nonNull(dtype, "dtype");
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("nn.Module.to only accepts floating point or complex dtypes, but got "
                    + "desired dtype=" + dtype.torchName());
        }
        Map<Tensor, Tensor> converted = new IdentityHashMap<>(); // a tensor shared by two modules stays shared
        return apply(m -> {
            m.parameters.replaceAll((name, p) -> p == null ? null
                    : converted.computeIfAbsent(p, q -> convertedParameter(q, dtype)));
            m.buffers.replaceAll((name, b) -> b == null || !b.dtype().isFloatingPoint() ? b
                    : converted.computeIfAbsent(b, q -> q.to(dtype)));
        });
    }

    private static Tensor convertedParameter(Tensor p, DType dtype) {
        if (p.dtype() == dtype) {
            return p;
        }
        Tensor converted = p.detach().to(dtype).requiresGrad(p.requiresGrad());
        if (p.grad() != null) {
            converted.setGrad(p.grad().to(dtype));
        }
        return converted;
    }

    // ------------------------------------------------------------------ state dict

    /**
     * Parameters and persistent buffers by PyTorch's keys ({@code 0.weight}, {@code bn.running_mean}),
     * in PyTorch's order, as detached tensors sharing storage with the module's.
     */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        forEachStateEntry((key, t) -> out.put(key, t.detach()));
        return out;
    }

    /** Each (key, live tensor) of the state dict, in order; a module registered twice appears under both names. */
    final void forEachStateEntry(BiConsumer<String, Tensor> action) {
        forEachModuleWithRepeats("", (prefix, m) -> {
            m.parameters.forEach((name, p) -> {
                if (p != null) {
                    action.accept(dotted(prefix, name), p);
                }
            });
            m.buffers.forEach((name, b) -> {
                if (b != null && !m.nonPersistentBuffers.contains(name)) {
                    action.accept(dotted(prefix, name), b);
                }
            });
        });
    }

    /** Depth first, like {@link #namedModules()} but without skipping modules already seen (state_dict's walk). */
    final void forEachModuleWithRepeats(String prefix, BiConsumer<String, Module> action) {
        action.accept(prefix, this);
        modules.forEach((name, child) -> child.forEachModuleWithRepeats(dotted(prefix, name), action));
    }

    /**
     * Copies {@code stateDict}'s tensors into this module's parameters and buffers, with PyTorch's
     * error text for missing, unexpected ({@code strict} only) and mis-shaped keys. Changes nothing
     * unless every tensor is valid.
     */
    public final IncompatibleKeys loadStateDict(Map<String, Tensor> stateDict, boolean strict) {
        Args.nonNull(stateDict, "stateDict");
        return StateDictLoader.load(this, stateDict, strict);
    }

    public final IncompatibleKeys loadStateDict(Map<String, Tensor> stateDict) {
        return loadStateDict(stateDict, true);
    }

    /** Copies under no-grad (parameters are leaves that require grad). */
    static void copyInto(Tensor target, Tensor source) {
        try (var guard = Autograd.noGrad()) {
            target.copy_(source);
        }
    }

    // ------------------------------------------------------------------ repr

    /** PyTorch's class name for the repr ({@code _get_name}): the simple class name, an anonymous class's parent's. */
    public String name() {
        Class<?> c = getClass();
        while (c.getSimpleName().isEmpty()) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }

    /** The text inside the parentheses of this module's own repr line, as PyTorch's {@code extra_repr}. */
    public String extraRepr() {
        return "";
    }

    /** Exactly PyTorch's module repr. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        String extra = extraRepr();
        List<String> extraLines = extra.isEmpty() ? List.of() : List.of(extra.split("\n", -1));
        lines.addAll(extraLines);
        modules.forEach((key, child) -> lines.add("(" + key + "): " + child.toString().replace("\n", "\n  ")));
        StringBuilder s = new StringBuilder(name()).append('(');
        if (extraLines.size() == 1 && modules.isEmpty()) {
            s.append(extraLines.get(0));
        } else if (!lines.isEmpty()) {
            s.append("\n  ").append(String.join("\n  ", lines)).append('\n');
        }
        return s.append(')').toString();
    }
}
