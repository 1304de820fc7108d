package eu.innco.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An item that obeys its content type: required values, types, rules, existing references. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ItemRulesValidator.class)
public @interface ValidItem {
    String message() default "{innco.item.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
