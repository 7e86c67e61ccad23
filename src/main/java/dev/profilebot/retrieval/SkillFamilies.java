package dev.profilebot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of tool or skill a question names by their kind while a résumé names their members: "Any
 * cloud experience?" of a profile that says "AWS", "Which BI tools has he used?" of one that says
 * "Tableau", "Has she spoken at conferences?" of one that says "gave a talk at PyCon".
 */
final class SkillFamilies {

    /** Where a question names a family, and the family's members as a résumé would write them. */
    record Named(int start, int end, String members) {}

    private record Family(Pattern question, String members) {}

    private static final List<Family> FAMILIES = List.of(
            family(
                    "\\bcloud\\b(?![- ]native)",
                    "AWS Amazon Web Services Azure GCP Google Cloud EC2 Lambda CloudFormation OpenStack Heroku"),
            family(
                    "\\b(programming|coding) (languages?|skills)\\b|\\bcod(e|es|ing) in\\b"
                            + "|\\blanguages? (does|do|did|can|has) (he|she|they) (code|program|write|develop|used?)\\b"
                            + "|\\bmain language\\b|\\btech(nology)? stack\\b",
                    "Python Java JavaScript TypeScript Golang Go Rust Kotlin Scala Ruby PHP Swift SQL Elixir Haskell"
                            + " Perl Bash C++ C#"),
            family(
                    "\\b(bi|business intelligence|dashboard(ing)?|reporting|visuali[sz]ation|data vi[sz]) (tools?"
                            + "|software|platforms?)\\b|\\bdashboarding\\b",
                    "Tableau Power BI Looker Qlik Metabase Superset Data Studio"),
            family(
                    "\\binfrastructure[- ]as[- ]code\\b|\\biac\\b|\\bconfiguration management\\b",
                    "Terraform Ansible Puppet Chef Pulumi CloudFormation Bicep SaltStack"),
            family(
                    "\\bcontaineri[sz]\\w*|\\bcontainers?\\b|\\bcontainer orchestration\\b",
                    "Docker Kubernetes K8s Helm OpenShift ECS EKS GKE AKS Podman"),
            family(
                    "\\bdatabases?\\b|\\bdbms\\b|\\bdata ?stores?\\b",
                    "PostgreSQL Postgres MySQL Oracle SQL Server MongoDB Redis Cassandra DynamoDB SQLite"
                            + " Elasticsearch Snowflake BigQuery Redshift MariaDB"),
            family(
                    "\\bci ?/ ?cd\\b|\\bcontinuous (integration|delivery|deployment)\\b|\\bbuild pipelines?\\b",
                    "Jenkins GitHub Actions GitLab CI CircleCI TeamCity Azure DevOps Argo"),
            family(
                    "\\bconferences?\\b|\\bspoken at\\b|\\bspeak(s|ing)? at\\b|\\bpublic speaking\\b"
                            + "|\\b(give|given|gives|giving) (any )?talks?\\b|\\bkeynotes?\\b"
                            // "What talks has Kiran given?", "Which talks did she do?"
                            + "|\\b(what|which|any) talks?\\b",
                    "spoke speaker speaking talks conference conferences meetup keynote"),
            family(
                    "\\bfront[- ]?end (frameworks?|technologies|stack|skills)\\b|\\bjavascript frameworks?\\b",
                    "React Angular Vue Svelte Next.js TypeScript JavaScript"),
            family(
                    "\\b(machine learning|ml|deep learning|ai) (frameworks?|libraries|tools|stack)\\b",
                    "PyTorch TensorFlow scikit-learn Keras XGBoost LightGBM Hugging Face"),
            family(
                    "\\b(speak|speaks|spoken)\\b.*\\blanguages?\\b|\\blanguages?\\b.*\\b(speak|speaks|spoken)\\b",
                    "English German French Spanish Italian Portuguese Dutch Polish Arabic Mandarin Cantonese Hindi"
                            + " Japanese Russian Deutsch Englisch Französisch Spanisch Sprachen Muttersprache native"
                            + " fluent bilingual"),
            family(
                    // "What kinds of companies is she not interested in?" of a note's "Probably not a fit"
                    "\\bnot (interested|keen|open)\\b|\\bwo(n'|n’)?t consider\\b|\\bdeal ?-?breakers?\\b|\\brule out\\b",
                    "fit avoid dealbreakers"),
            family(
                    // "Who co-authored … with her?": a publication's "(with Mei-Ling Zhou)" names them
                    "\\bco-?author(s|ed|ing)?\\b", "publications journal papers articles"),
            family(
                    "\\b(papers?|articles?)\\b(?! (mill|machine|work|trail))",
                    // words of their own: "publications" and "peer-reviewed" stem to "public" and "peer"
                    "articles journal journals papers"),
            family(
                    "\\b(written|wrote|write|writes|built|build|developed|released|published|maintain\\w*) (any )?"
                            + "(software|code|packages?|librar(y|ies)|tools?)\\b",
                    "package library open-source maintainer GitHub"),
            family("\\bcrms?\\b", "Salesforce HubSpot Dynamics Zoho Pipedrive"),
            family("\\berps?\\b", "SAP Oracle NetSuite Dynamics Workday Sage"),
            family(
                    "\\b(accounting|bookkeeping|finance) (software|packages?|systems?|tools?)\\b",
                    "Xero Sage QuickBooks SAP Oracle NetSuite"),
            family(
                    "\\b(design|prototyping) (tools?|software)\\b",
                    "Figma Sketch Adobe XD Photoshop Illustrator InDesign InVision Miro"),
            family("\\bagile\\b", "Scrum Kanban sprints SAFe"),
            family("\\b(version|source) control\\b", "Git GitHub GitLab Bitbucket SVN Subversion Mercurial"),
            family(
                    "\\b(message queues?|messaging systems?|event streaming|stream processing)\\b",
                    "Kafka RabbitMQ Kinesis SQS Pulsar Flink"),
            family(
                    "\\b(monitoring|observability)\\b",
                    "Prometheus Grafana Datadog New Relic Splunk OpenTelemetry PagerDuty"),
            family("\\b(ehr|epr|electronic (health|patient) records?)\\b", "Epic Cerner EMIS SystmOne Meditech"),
            family("\\b(microsoft|ms) office\\b|\\boffice (suite|software)\\b", "Excel Word PowerPoint Outlook"),
            family("\\bmobile (development|apps?|platforms?)\\b", "iOS Android Swift Kotlin React Native Flutter"),
            family(
                    "\\btest(ing)? (automation|tools?|frameworks?)\\b|\\bautomated test(ing|s)?\\b",
                    "Selenium Cypress Playwright JUnit pytest Appium"),
            family("\\bproject management (tools?|software)\\b", "Jira Confluence Asana Trello Smartsheet"),
            family(
                    "\\bcad\\b|\\bcomputer[- ]aided design\\b|\\b3d model(l)?ing (tools?|software)\\b",
                    "AutoCAD SolidWorks CATIA NX Creo Inventor Fusion 360 Revit MicroStation Rhino"));

    private SkillFamilies() {}

    private static Family family(String question, String members) {
        return new Family(Pattern.compile(question, Pattern.CASE_INSENSITIVE), members);
    }

    /** The families the question names, in the order of the list. */
    static List<Named> named(String question) {
        List<Named> named = new ArrayList<>();
        for (Family family : FAMILIES) {
            Matcher m = family.question().matcher(question);
            if (m.find()) {
                named.add(new Named(m.start(), m.end(), family.members()));
            }
        }
        return named;
    }
}
