package eu.innco.security;

import java.time.Instant;
import java.util.Set;

/** A stored user: roles, partner organisation, locales for translation, interface language, state. */
public record UserAccount(String username, String passwordHash, Set<Role> roles, String partner, Set<String> locales,
                          boolean allContent, boolean disabled, String uiLocale, Instant created) {
    public UserAccount {
        roles = Set.copyOf(roles);
        locales = Set.copyOf(locales);
        partner = partner == null ? "" : partner;
        uiLocale = uiLocale == null || uiLocale.isBlank() ? "en" : uiLocale;
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "UserAccount[" + username + ", roles=" + roles + ", partner=" + partner + ", disabled=" + disabled + "]";
    }

    public Actor actor() {
        return new Actor(username, roles, partner, locales, allContent);
    }
}
