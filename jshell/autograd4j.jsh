// Imports for using autograd4j in JShell (loaded by the README's jshell command).
import org.autograd4j.*;
import org.autograd4j.autograd.*;
import org.autograd4j.nn.*;
