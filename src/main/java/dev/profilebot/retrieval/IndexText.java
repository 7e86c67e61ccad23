package dev.profilebot.retrieval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text that is embedded and indexed for a sentence or passage: its section as context, and
 * link addresses reduced to the words of their path ("acceptance testing ... ironpython"), which
 * say what a link is about without the noise of hosts and hashes.
 */
final class IndexText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");
    private static final Pattern SLUG_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern HEXISH = Pattern.compile("(?i)[0-9a-f]{12,}");

    private IndexText() {}

    static String of(String section, String text) {
        String body = withReadableLinks(text);
        return section.isEmpty() ? body : section + ": " + body;
    }

    static String withReadableLinks(String text) {
        Matcher url = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            url.appendReplacement(out, Matcher.quoteReplacement(words(url.group())));
        }
        url.appendTail(out);
        return out.toString();
    }

    private static String words(String url) {
        // the host's name without "www." and its top-level domain, then the path
        String host = url.replaceFirst("https?://", "").replaceFirst("[/?#].*", "");
        String name = host.replaceFirst("^www\\.", "").replaceFirst("\\.[^.]+$", "");
        String path = url.replaceFirst("https?://[^/?#]+", "");
        String withoutHashes = HEXISH.matcher(name + " " + path).replaceAll(" ");
        Matcher word = SLUG_WORD.matcher(withoutHashes);
        StringBuilder words = new StringBuilder();
        while (word.find()) {
            words.append(words.length() == 0 ? "" : " ").append(word.group());
        }
        return words.toString();
    }
}
