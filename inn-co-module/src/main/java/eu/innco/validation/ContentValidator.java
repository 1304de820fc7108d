package eu.innco.validation;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Hibernate Validator over item candidates and request objects and turns violations into
 * {@link FieldError}s, with messages in the requested language.
 */
public final class ContentValidator implements AutoCloseable {
    private final ValidatorFactory factory;

    public ContentValidator() {
        // parameter-only interpolation: messages use {param}, never EL, so client text is never evaluated
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /** The errors of a candidate, messages in {@code locale}; empty when valid. */
    public List<FieldError> errors(Object candidate, Locale locale) {
        Validator validator = factory.usingContext().messageInterpolator(new LocalisedInterpolator(locale)).getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(candidate);
        return violations.stream()
                .map(cv -> new FieldError(cv.getPropertyPath().toString(), cv.getMessage()))
                .sorted(Comparator.comparing(FieldError::path).thenComparing(FieldError::message))
                .toList();
    }

    /** Throws a 400-kind error listing every broken rule, or returns when the candidate is valid. */
    public void require(Object candidate, Locale locale, String what) {
        List<FieldError> errors = errors(candidate, locale);
        if (!errors.isEmpty()) {
            throw InncoException.invalid(ErrorCode.VALIDATION_001,
                    what + " has " + errors.size() + " invalid value(s): " + errors.get(0).path() + " " + errors.get(0).message(),
                    errors).withArgs(errors.size());
        }
    }

    @Override
    public void close() {
        factory.close();
    }

    /** Interpolates with a fixed locale, whatever the caller's default locale is. */
    private static final class LocalisedInterpolator implements jakarta.validation.MessageInterpolator {
        private final ParameterMessageInterpolator delegate = new ParameterMessageInterpolator();
        private final Locale locale;

        LocalisedInterpolator(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
