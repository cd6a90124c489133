package org.canticle.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages: its views get the {@link Layout} model
 * attribute, and its errors are answered with an HTML page ({@link PageExceptionHandler})
 * rather than the API's problem JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Pages {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
