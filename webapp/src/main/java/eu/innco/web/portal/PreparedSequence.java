package eu.innco.web.portal;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * A list of an item (its images, its organisations, a list of texts) wrapped once, as
 * {@link PreparedHash} is: the models the default wrapper would make, an index out of range or a
 * null element read as missing as it does. A template function receives the list itself.
 */
final class PreparedSequence implements TemplateSequenceModel, AdapterTemplateModel, WrapperTemplateModel {
    private final List<?> list;
    private final TemplateModel[] wrapped;

    PreparedSequence(List<?> list) {
        this.list = list;
        this.wrapped = new TemplateModel[list.size()];
        for (int i = 0; i < wrapped.length; i++) wrapped[i] = PreparedHash.of(list.get(i));
    }

    @Override
    public TemplateModel get(int index) {
        return index >= 0 && index < wrapped.length ? wrapped[index] : null;
    }

    @Override
    public int size() {
        return wrapped.length;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return list;
    }

    @Override
    public Object getWrappedObject() {
        return list;
    }
}
