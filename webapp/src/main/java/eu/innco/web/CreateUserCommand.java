package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AdminBootstrap;
import eu.innco.security.Role;
import eu.innco.security.UserStore;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code create-user <name> --role R[,R] [--partner ID] [--locales fr,pl] [--all-content]}. */
final class CreateUserCommand {
    private CreateUserCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            err.println("inn-co: create-user needs a user name: create-user <name> --role editor");
            return 2;
        }
        String name = args.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String partner = "";
        Set<String> locales = new LinkedHashSet<>();
        boolean all = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--role", "--roles" -> {
                    for (String r : value(args, ++i, a).split(",")) {
                        roles.add(Role.parse(r).orElseThrow(() -> new IllegalArgumentException(
                                "unknown role '" + r + "'; roles are admin, publisher, partner_publisher, editor, translator")));
                    }
                }
                case "--partner" -> partner = value(args, ++i, a);
                case "--locales" -> locales.addAll(List.of(value(args, ++i, a).split(",")));
                case "--all-content" -> all = true;
                default -> throw new IllegalArgumentException("unknown option '" + a + "' for create-user");
            }
        }
        if (roles.isEmpty()) throw new IllegalArgumentException("create-user needs --role (admin, publisher, partner_publisher, editor or translator)");
        Optional<String> given = settings.get("INNCO_NEW_USER_PASSWORD");
        String password = given.orElseGet(AdminBootstrap::generatePassword);
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.from(settings))) {
            new UserStore(repo).create(name, password, roles, partner, locales, all);
        }
        out.println("Created user '" + name + "' with roles " + roles.stream().map(Role::label).toList() + ".");
        if (given.isEmpty()) out.println("Generated password (shown only now): " + password);
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }
}
