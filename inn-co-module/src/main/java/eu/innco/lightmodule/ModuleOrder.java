package eu.innco.lightmodule;

import eu.innco.FieldError;
import eu.innco.contenttype.DefinitionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The light modules in the order Magnolia installs them: a module after the modules it depends on
 * ({@code module.yaml}), otherwise by folder name, so that every start reads them alike. A
 * dependency on a module that is not here, unless {@code optional}, and a cycle stop the start,
 * naming the file and line of the dependency. Magnolia's own Java modules ({@code core},
 * {@code rest-*}, {@code dam-*}...) cannot be light modules: INN-CO stands in for them, so a
 * dependency on one is met (its version is not checked).
 */
public final class ModuleOrder {
    private static final Pattern PLATFORM = Pattern.compile(
            "core|cache|pages|site|resources|templating|rendering|imaging|i18n|content-types|personalization|multisite|"
                    + "(rest|ui|dam|pages|content-types|magnolia)-[a-z0-9-]+");

    private ModuleOrder() {}

    /** Every module's descriptor, dependencies first; a {@link DefinitionException} for a missing or cyclic dependency. */
    public static List<ModuleDescriptor> of(Path lightModules) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ModuleDescriptor> byName = new HashMap<>();
        List<ModuleDescriptor> all = new ArrayList<>();
        for (Path folder : LightModules.folders(lightModules)) {
            ModuleDescriptor d = ModuleDescriptor.read(lightModules, folder, errors);
            all.add(d);
            byName.put(d.folderName(), d);
            byName.putIfAbsent(d.name(), d);
        }
        // by identity: a record's own equals and hashCode are bootstrapped at their first call, which spins
        // method-handle classes at every start (issue 18); each folder gives one descriptor anyway
        List<ModuleDescriptor> order = new ArrayList<>();
        for (ModuleDescriptor d : all) visit(d, byName, order, new ArrayList<>(), errors);
        if (!errors.isEmpty()) throw new DefinitionException(errors);
        return List.copyOf(order);
    }

    /** True when a dependency names one of Magnolia's own modules, which INN-CO stands in for. */
    public static boolean platform(String name) {
        return PLATFORM.matcher(name).matches();
    }

    private static void visit(ModuleDescriptor d, Map<String, ModuleDescriptor> byName, List<ModuleDescriptor> order,
                              List<ModuleDescriptor> path, List<FieldError> errors) {
        if (indexOf(order, d) >= 0) return;
        path.add(d);
        for (ModuleDescriptor.Dependency dep : d.dependencies()) {
            ModuleDescriptor target = byName.get(dep.name());
            if (target == null) {
                if (!dep.optional() && !platform(dep.name())) {
                    errors.add(new FieldError(dep.location(), "module '" + d.folderName() + "' depends on '" + dep.name()
                            + "', which is not a light module here; add it to the light-modules folder or mark the dependency 'optional: true'"));
                }
            } else if (indexOf(path, target) >= 0) {
                List<String> cycle = new ArrayList<>();
                for (ModuleDescriptor m : path.subList(indexOf(path, target), path.size())) cycle.add(m.folderName());
                cycle.add(target.folderName());
                errors.add(new FieldError(dep.location(), "modules depend on each other in a cycle: " + String.join(" → ", cycle)));
            } else {
                visit(target, byName, order, path, errors);
            }
        }
        path.remove(path.size() - 1);
        order.add(d);
    }

    /** By identity: a handful of modules, and no record equality (see {@link #of}). */
    private static int indexOf(List<ModuleDescriptor> list, ModuleDescriptor d) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == d) return i;
        return -1;
    }
}
