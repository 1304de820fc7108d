package eu.innco.web.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of an editor form as the template draws it: widget, label, input name, value(s),
 * error, options; sub-models hold their entries' fields and a blank entry for "add".
 */
public final class FieldView {
    public String name;
    public String key;
    public String label;
    public String widget;
    public boolean required;
    public boolean multiple;
    public boolean localised;
    public String locale = "";
    public String error = "";
    public Object value = "";
    public List<Object> values = new ArrayList<>();
    public List<Map<String, String>> options = new ArrayList<>();
    public String target = "";
    public List<List<FieldView>> entries = new ArrayList<>();
    public List<FieldView> blank = new ArrayList<>();
    public Map<String, Object> extra = new LinkedHashMap<>();
    public String help = "";

    // getters for FreeMarker's bean wrapper
    public String getName() { return name; }
    public String getKey() { return key; }
    public String getLabel() { return label; }
    public String getWidget() { return widget; }
    public boolean isRequired() { return required; }
    public boolean isMultiple() { return multiple; }
    public boolean isLocalised() { return localised; }
    public String getLocale() { return locale; }
    public String getError() { return error; }
    public Object getValue() { return value; }
    public List<Object> getValues() { return values; }
    public List<Map<String, String>> getOptions() { return options; }
    public String getTarget() { return target; }
    public List<List<FieldView>> getEntries() { return entries; }
    public List<FieldView> getBlank() { return blank; }
    public Map<String, Object> getExtra() { return extra; }
    public String getHelp() { return help; }
}
