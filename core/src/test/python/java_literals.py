"""Java source literals for the values of torch tensors, shared by the gen_*_values_test.py generators."""
import torch

INF = float("inf")


def java_double(v):
    """A double as a Java expression; the generated tests define NaN and INF."""
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
