package eu.innco.web.portal;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A template function from a Java lambda over its unwrapped arguments: {@code ${date(item.startDate)}}. */
final class Fn implements TemplateMethodModelEx {
    private final Function<List<Object>, Object> body;

    private Fn(Function<List<Object>, Object> body) {
        this.body = body;
    }

    static Fn of(Function<List<Object>, Object> body) {
        return new Fn(body);
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        List<Object> args = new ArrayList<>(arguments.size());
        for (Object a : arguments) args.add(a instanceof TemplateModel m ? DeepUnwrap.unwrap(m) : a);
        try {
            return body.apply(args);
        } catch (RuntimeException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }

    static String str(List<Object> args, int i) {
        return i < args.size() && args.get(i) != null ? args.get(i).toString() : "";
    }
}
