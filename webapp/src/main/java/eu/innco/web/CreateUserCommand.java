package eu.innco.web;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.AdminBootstrap;
import eu.innco.security.Role;
import eu.innco.security.UserStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code create-user <name> --role R[,R] [--partner ID] [--locales fr,pl] [--all-content]}. */
@Command(name = "create-user", description = "Create a user. The password is read from INNCO_NEW_USER_PASSWORD, or generated and printed once.")
final class CreateUserCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Parameters(index = "0", paramLabel = "NAME", description = "the user name") String name;
    @Option(names = {"--role", "--roles"}, split = ",", required = true, paramLabel = "ROLE",
            description = "admin, publisher, partner_publisher, editor or translator (several: editor,translator)") List<String> roleNames;
    @Option(names = "--partner", paramLabel = "ID", description = "the partner organisation's id") String partner = "";
    @Option(names = "--locales", split = ",", paramLabel = "LOCALE", description = "the languages the user may write, like fr,pl")
    List<String> locales = new ArrayList<>();
    @Option(names = "--all-content", description = "may write every partner's content") boolean all;

    @Override
    public Integer call() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : roleNames) {
            roles.add(Role.parse(r).orElseThrow(() -> new IllegalArgumentException(
                    "unknown role '" + r + "'; roles are admin, publisher, partner_publisher, editor, translator")));
        }
        Optional<String> given = cli.settings.get("INNCO_NEW_USER_PASSWORD");
        String password = given.orElseGet(AdminBootstrap::generatePassword);
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.from(cli.settings))) {
            new UserStore(repo).create(name, password, roles, partner, new LinkedHashSet<>(locales), all);
        }
        cli.out.println("Created user '" + name + "' with roles " + roles.stream().map(Role::label).toList() + ".");
        if (given.isEmpty()) cli.out.println("Generated password (shown only now): " + password);
        return 0;
    }
}
