package dev.profilebot.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A résumé kept as YAML, read as its JSON would be: a RenderCV input ({@code cv:} with {@code
 * sections:}, each social network a link), a JSON Resume written in YAML, or a YAML of the owner's
 * own design. Values stay as written: "2021-03" and "2019-09-01" are dates to read, not numbers or
 * timestamps.
 */
final class YamlResumeConverter implements MarkdownConverter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Profiles' addresses by the network RenderCV names. */
    private static final Map<String, String> NETWORKS = Map.of(
            "linkedin", "https://linkedin.com/in/",
            "github", "https://github.com/",
            "gitlab", "https://gitlab.com/",
            "orcid", "https://orcid.org/",
            "stackoverflow", "https://stackoverflow.com/users/");

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws NotThisFormatException {
        Object loaded;
        try {
            loaded = yaml().load(new String(bytes, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new NotThisFormatException(
                    "not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(loaded instanceof Map<?, ?>)) {
            throw new NotThisFormatException("a YAML file that holds no mapping of fields");
        }
        JsonNode root = JSON.valueToTree(loaded);
        try {
            return JsonResumeConverter.markdownOf(renderCv(root));
        } catch (NotThisFormatException e) {
            throw new NotThisFormatException(
                    "a YAML file that is no résumé (neither RenderCV's, a JSON Resume nor a person's name with jobs"
                            + " or education)");
        }
    }

    /** RenderCV's {@code cv:}: the person's fields, each of its {@code sections} a section of its own. */
    private static JsonNode renderCv(JsonNode root) {
        if (!root.path("cv").isObject()) {
            return root;
        }
        ObjectNode person = JSON.createObjectNode();
        root.path("cv").fields().forEachRemaining(field -> {
            if (field.getKey().equals("social_networks") && field.getValue().isArray()) {
                for (JsonNode network : field.getValue()) {
                    String name = network.path("network")
                            .asText()
                            .toLowerCase(Locale.ROOT)
                            .replace(" ", "");
                    String user = network.path("username").asText().strip();
                    if (NETWORKS.containsKey(name) && !user.isEmpty()) {
                        person.put(name, NETWORKS.get(name) + user);
                    }
                }
            } else if (!field.getKey().equals("sections")) {
                person.set(field.getKey(), field.getValue());
            }
        });
        ObjectNode out = JSON.createObjectNode();
        out.set("person", person);
        root.path("cv").path("sections").fields().forEachRemaining(s -> out.set(s.getKey(), s.getValue()));
        return out;
    }

    /** SnakeYAML's safe loader, resolving nothing but nulls: every other value is its text. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
    }
}
