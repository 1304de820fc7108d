package eu.innco.i18n.translation;

import eu.innco.content.ContentItem;
import eu.innco.content.FieldState;
import eu.innco.content.LocalisedFields;
import eu.innco.content.LocaleState;
import eu.innco.content.TranslationStates;
import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Works out, for one item and locale, which values need translating or reviewing and what changed in their source. */
final class TranslationWork {
    private TranslationWork() {}

    static LocaleWork of(ContentItem item, List<PropertyDefinition> props, String locale, Optional<TranslationStates.Snapshot> snapshot) {
        LocaleState state = item.locales().get(locale);
        boolean isSource = locale.equals(item.sourceLocale());
        String from = snapshot.map(TranslationStates.Snapshot::from).orElse(item.sourceLocale());
        List<FieldWork> fields = new ArrayList<>();
        if (!isSource) {
            Map<String, LocalisedFields.Field> target = LocalisedFields.of(props, item.values(), locale);
            Map<String, LocalisedFields.Field> sourceNow = LocalisedFields.of(props, item.values(), item.sourceLocale());
            Map<String, LocalisedFields.Field> fromNow = LocalisedFields.of(props, item.values(), from);
            Map<String, LocalisedFields.Field> then = snapshot.map(s -> LocalisedFields.of(props, s.values(), s.from())).orElse(Map.of());
            for (LocalisedFields.Field f : sourceNow.values()) {
                if (!target.containsKey(f.path())) fields.add(new FieldWork(f.path(), FieldWork.MISSING, f.value(), null, null, "missing"));
            }
            if (snapshot.isPresent()) {
                java.util.Set<String> paths = new java.util.LinkedHashSet<>(fromNow.keySet());
                paths.addAll(then.keySet());
                for (String p : paths) {
                    Object now = value(fromNow, p);
                    Object before = value(then, p);
                    boolean alreadyMissing = fields.stream().anyMatch(w -> w.path().equals(p));
                    if (!Objects.equals(now, before) && !alreadyMissing) {
                        fields.add(new FieldWork(p, FieldWork.OUTDATED, now, before, value(target, p), fieldState(state, p)));
                    }
                }
            }
            // a draft value needs a translator's or reviewer's look even when its source did not move
            state.fields().forEach((p, fs) -> {
                if ("draft".equals(fs.state()) && fields.stream().noneMatch(w -> w.path().equals(p))) {
                    fields.add(new FieldWork(p, FieldWork.DRAFT, value(sourceNow, p), null, value(target, p), fs.state()));
                }
            });
        }
        boolean present = !"missing".equals(state.translation());
        boolean marked = "translated".equals(state.translation()) || "reviewed".equals(state.translation());
        boolean complete = present && (isSource || (marked && !state.outdated() && fields.isEmpty()));
        return new LocaleWork(locale, state.translation(), state.outdated(), isSource ? null : from, complete, fields);
    }

    private static String fieldState(LocaleState state, String path) {
        FieldState f = state.fields().get(path);
        return f == null ? "missing" : f.state();
    }

    private static Object value(Map<String, LocalisedFields.Field> fields, String path) {
        LocalisedFields.Field f = fields.get(path);
        return f == null ? null : f.value();
    }
}
