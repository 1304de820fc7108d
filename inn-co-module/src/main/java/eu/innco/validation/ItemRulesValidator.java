package eu.innco.validation;

import eu.innco.contenttype.field.Violation;
import eu.innco.contenttype.field.Violations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports each broken content rule as its own constraint violation, with its path and message parameters. */
public final class ItemRulesValidator implements ConstraintValidator<ValidItem, ItemCandidate> {
    @Override
    public boolean isValid(ItemCandidate candidate, ConstraintValidatorContext context) {
        if (candidate == null) return true;
        Violations found = new Violations();
        candidate.readViolations().forEach(v -> found.add(v.path(), v.messageKey(), v.params()));
        ItemRules.check(candidate, found);
        if (found.isEmpty()) return true;
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.disableDefaultConstraintViolation();
        for (Violation v : found.list()) {
            v.params().forEach((k, value) -> h.addMessageParameter(k, value));
            h.buildConstraintViolationWithTemplate("{" + v.messageKey() + "}")
                    .addPropertyNode(v.path())
                    .addConstraintViolation();
        }
        return false;
    }
}
