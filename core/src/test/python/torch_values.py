"""The Java of a value test generated from real PyTorch, shared by the gen_*_test.py generators beside it.

A generator evaluates each of its cases in PyTorch and writes a JUnit method through these functions: the
inputs as literals, the checks of the output (dtype, shape, values, node), of each input's gradient after
backward_weighted, or of the exception and its message. The Java helpers they call are those of
org.autograd4j.ops.ValueCases; write_test imports the ones a test uses.
"""
import os
import re
import struct

import torch

INF = float("inf")
# The test sources, where a generated test's package is a folder.
TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "java")
LINE = 120
INDENT = " " * 8

# The static methods a generated test may call, by the class that defines them.
STATIC_IMPORTS = {
    "org.autograd4j.ops.ValueCases": ["NaN", "INF", "shape", "f64", "f32", "i64", "bool", "backwardWeighted",
                                      "assertDoubles", "assertFloats", "assertLongs", "assertBooleans", "assertNode",
                                      "assertGrad", "assertThrowsWithMessage", "assertFloatBits", "assertDoubleBits",
                                      "assertNearlyAllDoubleBits"],
    "org.junit.jupiter.api.Assertions": ["assertArrayEquals", "assertEquals", "assertNull", "assertTrue"],
}
MAKERS = {torch.float64: "f64", torch.float32: "f32", torch.int64: "i64", torch.bool: "bool"}
VALUE_CHECKS = {torch.float64: "assertDoubles", torch.float32: "assertFloats", torch.int64: "assertLongs",
                torch.bool: "assertBooleans"}
# The exact checks of random samples, by kind: "f64~" are float64 samples through the C library's log, tan,
# exp, sin or cos, which Java's versions match but for the last bit of a few.
BIT_CHECKS = {"f32": "assertFloatBits", "f64": "assertDoubleBits", "f64~": "assertNearlyAllDoubleBits",
              "i64": "assertLongs", "bool": "assertBooleans"}


def java_double(v):
    """A double as a Java expression (NaN and INF are ValueCases' constants)."""
    if v != v:
        return "NaN"
    if v == INF:
        return "INF"
    if v == -INF:
        return "-INF"
    if v == 0 and str(v).startswith("-"):
        return "-0.0"
    return repr(float(v))


def java_values(t):
    """A tensor's elements, row-major, as a comma-separated Java list (long suffix where an int cannot hold it)."""
    flat = t.detach().reshape(-1).tolist()
    if t.dtype == torch.int64:
        return ", ".join(str(v) + "L" if abs(v) > 2**31 - 1 else str(v) for v in flat)
    if t.dtype == torch.bool:
        return ", ".join("true" if v else "false" for v in flat)
    return ", ".join(java_double(v) for v in flat)


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def java_shape(shape):
    return "shape(" + ", ".join(str(int(s)) for s in shape) + ")"


def shape_and_values(t):
    """The arguments a ValueCases maker or check takes after the tensor: its shape, then its elements."""
    return java_shape(t.shape) + (", " + java_values(t) if t.numel() else "")


def first_line(error):
    """The first line of an exception's message: what the Java exception's message must equal."""
    return str(error).split("\n")[0]


def statement(text):
    """A Java statement in a method body, broken after commas (outside string literals) to fit the line."""
    lines = []
    line = INDENT + text
    while len(line) > LINE:
        cut = _last_break(line)
        if cut is None:
            break
        lines.append(line[:cut + 1])
        line = INDENT * 2 + line[cut + 2:]
    return lines + [line]


def _last_break(line):
    """The index of the last ", " outside a string literal that leaves the line short enough, or None."""
    best, quoted, i = None, False, 0
    while i < min(len(line), LINE - 1):
        c = line[i]
        if c == "\\" and quoted:
            i += 1
        elif c == '"':
            quoted = not quoted
        elif line.startswith(", ", i) and not quoted and i > len(INDENT) * 2:
            best = i
        i += 1
    return best


def input_line(name, t, requires_grad):
    """{@code Tensor name = f64(shape(...), ...)}, made to require grad if asked."""
    grad = ".requiresGrad(true)" if requires_grad else ""
    return statement(f"Tensor {name} = {MAKERS[t.dtype]}({shape_and_values(t)}){grad};")


def value_check(java, t):
    """Checks the Java expression's dtype, shape and elements against those of the PyTorch tensor."""
    return statement(f"{VALUE_CHECKS[t.dtype]}({java}, {shape_and_values(t)});")


def node_check(java, name):
    """Checks the name of the node that made the Java tensor (None: no node)."""
    return statement(f"assertNode({java}, {java_string(name) if name else 'null'});")


def node_name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None


def weights(out):
    """The weights backward_weighted and Java's backwardWeighted backpropagate: linspace(0.5, 1.5, n)."""
    return torch.linspace(0.5, 1.5, out.numel(), dtype=torch.float64).to(out.dtype).reshape(out.shape)


def backward_weighted(out):
    out.backward(weights(out))
    return statement("backwardWeighted(out);")


def grad_check(name, grad):
    """Checks the gradient the Java input accumulated; None: it has none."""
    if grad is None:
        return statement(f"assertNull({name}.grad());")
    return statement(f"assertGrad({name}{', ' + java_values(grad) if grad.numel() else ''});")


def error_check(exception, error, java):
    """Checks that the Java expression throws that exception class with PyTorch's message."""
    return statement(f"assertThrowsWithMessage({exception}.class, {java_string(first_line(error))}, () -> {java});")


def java_bits(values, kind):
    """Samples as the Java literals of their BIT_CHECKS check: float bits, double bits, longs or booleans."""
    if kind == "f32":
        return ["0x%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in values]
    if kind.startswith("f64"):
        return ["0x%016xL" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in values]
    if kind == "bool":
        return ["true" if v else "false" for v in values]
    return [f"{v}L" for v in values]


def seeded_run(seed, steps):
    """Seeds torch's default generator and autograd4j's alike, then checks each step, a (PyTorch call, Java
    call, kind), bit for bit: the Java calls draw from the stream in the order the PyTorch ones did."""
    torch.manual_seed(seed)
    lines = [f"{INDENT}Tensor.manualSeed({seed}); // torch.manual_seed({seed})"]
    for py, java, kind in steps:
        result = eval(py, {"torch": torch})
        lines.append(f"{INDENT}// {py}")
        lines += statement(f"{BIT_CHECKS[kind]}({java}, {java_shape(result.shape)}, "
                           f"{', '.join(java_bits(result.flatten().tolist(), kind))});")
    return lines


def seeded_methods(cases):
    """A test method per case, a (snake_case name, runs): each run a (seed, steps) for seeded_run."""
    return [method(camel_case(name), [line for seed, steps in runs for line in seeded_run(seed, steps)])
            for name, runs in cases]


def camel_case(name):
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


def method(name, body, comment=None):
    """A test method; the comment (the PyTorch expression) opens its body."""
    head = ["    @Test", f"    void {name}() {{"]
    if comment is not None:
        head.append(f"{INDENT}// {comment}")
    return head + body + ["    }"]


def write_test(class_name, javadoc, methods, imports=(), members="", package="org.autograd4j.ops"):
    """Writes the test class: its imports (the ValueCases and assertion helpers its text uses, and `imports`
    outside its package), the javadoc (lines without the comment markers), members of its own, the methods."""
    body = "\n\n".join("\n".join(m) for m in methods)
    text = members + body
    statics = sorted(f"{owner}.{name}" for owner, names in STATIC_IMPORTS.items() for name in names
                     if _uses(text, name))
    classes = sorted(c for c in set(imports) | {"org.autograd4j.Tensor", "org.junit.jupiter.api.Test"}
                     if c.rpartition(".")[0] != package)
    lines = [f"package {package};", ""]
    for block in ([f"import static {s};" for s in statics], [f"import {c};" for c in classes]):
        lines += block + [""] if block else []
    lines += ["/**"] + [(" * " + line).rstrip() for line in javadoc.strip().split("\n")] + [" */"]
    lines += [f"class {class_name} {{"]
    if members:
        lines += [members.strip("\n"), ""]
    path = os.path.join(TESTS, *package.split("."), class_name + ".java")
    with open(path, "w") as f:
        f.write("\n".join(lines + [body, "}"]) + "\n")


def _uses(text, name):
    """Whether the Java text uses the static member: calls the method, or names the constant."""
    return re.search(r"(?<![\w.])" + re.escape(name) + (r"\(" if name[0].islower() else r"\b"), text) is not None
