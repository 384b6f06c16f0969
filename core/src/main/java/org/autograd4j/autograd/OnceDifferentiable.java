package org.autograd4j.autograd;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a custom {@link Function}'s {@code backward} as differentiable once only, as PyTorch's
 * {@code @once_differentiable}: it runs with grad mode off (so it may use any code, not only
 * differentiable ops), and where a graph of the backward pass is being built, the gradients it
 * returns refuse to be differentiated again with PyTorch's message ({@code trying to differentiate
 * twice a function that was marked with @once_differentiable}) instead of giving wrong numbers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnceDifferentiable {
}
