package eu.innco.web.editor;

import eu.innco.web.UiTexts;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/** {@code ${t("editor.save")}} and {@code ${t("editor.items", count)}} in templates: the text in the page's language. */
public final class TextMethod implements TemplateMethodModelEx {
    private final UiTexts texts;
    private final String locale;

    public TextMethod(UiTexts texts, String locale) {
        this.texts = texts;
        this.locale = locale;
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("t() needs a key");
        String key = DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString();
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        return texts.text(locale, key, args);
    }
}
