// Imports for using autograd4j in JShell (loaded by the README's jshell command).
import org.autograd4j.*;
import org.autograd4j.autograd.*;
import org.autograd4j.nn.*;
import org.autograd4j.data.*;
import org.autograd4j.io.*;
import org.autograd4j.optim.*;
import org.autograd4j.optim.lr.*;
// JShell's DEFAULT startup imports java.util.function.*, whose Function would make autograd4j's
// ambiguous; a single-type import wins over both on-demand imports.
import org.autograd4j.autograd.Function;
