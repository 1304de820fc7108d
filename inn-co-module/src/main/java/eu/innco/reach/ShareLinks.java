package eu.innco.reach;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Share links, kept in the repository so that every server answers them. A link's code is made
 * from the campaign's code, the locale and a short hash of campaign, item and locale: readable in a
 * post ({@code /s/innco-model-2027-fr-k3x9qa}), the same every time it is asked for, never reused
 * for another target. Links never change once made, so each server keeps those it has answered.
 */
public final class ShareLinks {
    static final String FOLDER = "shareLinks";
    /** What a code may look like; anything else is not looked up. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,120}");
    private final ContentRepository repository;
    private final Map<String, ShareLink> known = new ConcurrentHashMap<>();

    public ShareLinks(ContentRepository repository) {
        this.repository = repository;
    }

    /** The code a link to this target has (or will have once made). */
    public static String code(String campaignCode, String campaignId, String itemId, String locale) {
        String prefix = campaignCode == null || campaignCode.isBlank() ? "c" : campaignCode.toLowerCase(Locale.ROOT);
        return prefix + "-" + locale.toLowerCase(Locale.ROOT) + "-" + shortHash(campaignId + "|" + itemId + "|" + locale);
    }

    /** Makes the links that do not exist yet, in one commit; returns them all. */
    public List<ShareLink> ensure(List<ShareLink> links) {
        List<ShareLink> missing = links.stream().filter(l -> find(l.code()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            repository.write(s -> {
                Node folder = NodeTypes.systemFolder(s, FOLDER);
                for (ShareLink l : missing) {
                    if (folder.hasNode(l.code())) continue;
                    Node n = folder.addNode(l.code(), "innco:folder");
                    n.setProperty("campaign", l.campaignId());
                    n.setProperty("campaignCode", l.campaignCode());
                    n.setProperty("type", l.type());
                    n.setProperty("item", l.itemId());
                    n.setProperty("locale", l.locale());
                }
                return null;
            });
        }
        return links;
    }

    public Optional<ShareLink> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) return Optional.empty();
        ShareLink l = known.get(code);
        if (l != null) return Optional.of(l);
        Optional<ShareLink> read = repository.read(s -> {
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + code;
            if (!s.nodeExists(path)) return Optional.<ShareLink>empty();
            Node n = s.getNode(path);
            return Optional.of(new ShareLink(code, text(n, "campaign"), text(n, "campaignCode"), text(n, "type"), text(n, "item"), text(n, "locale")));
        });
        read.ifPresent(x -> known.put(code, x));
        return read;
    }

    private static String text(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? n.getProperty(p).getString() : "";
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
            for (int i = 0; i < 6; i++) b.append(alphabet.charAt((d[i] & 0xff) % alphabet.length()));
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
