package dev.profilebot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The slash commands the bot registers, and the questions behind the fixed ones. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String ABOUT = "about";
    static final String SKILLS = "skills";
    static final String CONTACT = "contact";
    static final String HELP = "help";
    static final String REPORT = "report";
    static final String QUESTION = "question";
    static final String MATCH = "match";
    static final String DESCRIPTION = "description";
    static final String FILE = "file";
    /** Discord's longest text option. */
    static final int MAX_DESCRIPTION_CHARS = 6000;

    private SlashCommands() {}

    /**
     * The commands; {@code /report} only when the profile has owners, and then usable by them
     * alone (Discord shows it to everyone; the bot refuses others).
     */
    static List<CommandData> definitions(String profileName, int maxQuestionChars, boolean hasOwners) {
        List<CommandData> commands = new java.util.ArrayList<>(definitions(profileName, maxQuestionChars));
        if (hasOwners) {
            commands.add(Commands.slash(REPORT, "For the profile's owners: what people asked this week"));
        }
        return List.copyOf(commands);
    }

    static List<CommandData> definitions(String profileName, int maxQuestionChars) {
        return List.of(
                Commands.slash(ASK, "Ask about " + limit(profileName) + "'s professional profile")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true)
                                .setMaxLength(maxQuestionChars)),
                Commands.slash(ABOUT, "Who " + limit(profileName) + " is, in short"),
                Commands.slash(SKILLS, limit(profileName) + "'s skills and technologies"),
                Commands.slash(CONTACT, "How to get in touch with " + limit(profileName)),
                Commands.slash(MATCH, "Does " + limit(profileName) + " fit a job? Paste or attach its description")
                        .addOptions(
                                new OptionData(OptionType.STRING, DESCRIPTION, "The job description", false)
                                        .setMaxLength(MAX_DESCRIPTION_CHARS),
                                new OptionData(
                                        OptionType.ATTACHMENT,
                                        FILE,
                                        "The job description as .txt, .md, .pdf or .docx",
                                        false)),
                Commands.slash(HELP, "What this bot answers and how to ask"));
    }

    /** The question a fixed command stands for, or null for commands that are not questions. */
    static String questionFor(String command, String profileName) {
        return switch (command) {
            case ABOUT -> "Who is " + profileName + "?";
            case SKILLS -> "Which skills and technologies has " + profileName + " worked with?";
            case CONTACT -> "How can I contact " + profileName + "?";
            default -> null;
        };
    }

    /** The help, with example questions this profile answers well. */
    static String help(String profileName, List<String> suggested) {
        String offer = dev.profilebot.answer.SuggestedQuestions.offer(suggested);
        return offer.isEmpty() ? help(profileName) : help(profileName) + "\n" + offer;
    }

    static String help(String profileName) {
        return "I answer questions about " + profileName + "'s professional profile, from " + profileName
                + "'s own documents, and say where each answer comes from.\n"
                + "- Mention me with a question, or reply to one of my answers to follow up.\n"
                + "- `/ask` a question; `/about`, `/skills`, `/contact` for the short versions.\n"
                + "- `/match` with a job description (pasted or attached) checks it requirement by requirement,"
                + " or mention me with \"would " + profileName + " fit this role?\" and the description.\n"
                + "- Direct messages work too.";
    }

    /** Discord command descriptions are at most 100 characters: long names are cut. */
    private static String limit(String name) {
        return name.length() <= 40 ? name : name.substring(0, 39) + "…";
    }
}
