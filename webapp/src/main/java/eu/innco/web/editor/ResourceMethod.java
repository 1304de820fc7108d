package eu.innco.web.editor;

import eu.innco.web.StaticFiles;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;

/** {@code ${res("editor/editor.css")}} in templates: the fingerprinted address of a web resource. */
public final class ResourceMethod implements TemplateMethodModelEx {
    private final StaticFiles files;

    public ResourceMethod(StaticFiles files) {
        this.files = files;
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1) throw new TemplateModelException("res() needs one path");
        return files.url(arguments.get(0).toString());
    }
}
