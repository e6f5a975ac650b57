package org.jobline.sms;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.jobline.alert.WelcomeMatches;
import org.jobline.config.AppConfig.SmsConfig;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.Interests;

/** Sends each kind of command to its handler. */
final class CommandRouter {
  private final Map<Command.Kind, CommandHandler> handlers = new EnumMap<>(Command.Kind.class);

  CommandRouter(ReferenceData refs, Outbox outbox, SmsConfig sms, WelcomeMatches welcome, boolean questionsBySms) {
    this(refs, outbox, sms, welcome, questionsBySms, org.jobline.migration.MigrationTexts.of("config/migration"));
  }

  CommandRouter(ReferenceData refs, Outbox outbox, SmsConfig sms, WelcomeMatches welcome, boolean questionsBySms,
                org.jobline.migration.MigrationTexts migration) {
    AccountHandler account = new AccountHandler(refs);
    StopStartHandler stopStart = new StopStartHandler();
    HelpHandler help = new HelpHandler(sms.helpIntervalHours());
    QuestionsHandler questions = new QuestionsHandler(outbox, questionsBySms);
    handlers.put(Command.Kind.REGISTER, new RegisterHandler(new ProfileMatcher(refs), refs, outbox, welcome, questions));
    handlers.put(Command.Kind.OFFERS, new OffersHandler(refs));
    handlers.put(Command.Kind.INFO, new VacancyInfoHandler(refs, outbox));
    handlers.put(Command.Kind.APPLY, new ApplyHandler(new Interests(outbox)));
    handlers.put(Command.Kind.PROFILE, account::profile);
    handlers.put(Command.Kind.LANGUAGE, account::language);
    handlers.put(Command.Kind.STOP, stopStart::stopCommand);
    handlers.put(Command.Kind.START, stopStart::start);
    handlers.put(Command.Kind.HELP, help::help);
    handlers.put(Command.Kind.UNKNOWN, help::unknown);
    handlers.put(Command.Kind.ANSWER, new AnswerHandler(questions, help)::handle);
    handlers.put(Command.Kind.QUESTIONS, questions::start);
    handlers.put(Command.Kind.REPORT, new ReportHandler());
    AbroadHandler abroad = new AbroadHandler(migration);
    handlers.put(Command.Kind.ABROAD, abroad::abroad);
    handlers.put(Command.Kind.MIGRATION, abroad::migration);
    handlers.put(Command.Kind.VERIFY, abroad::verify);
  }

  Reply handle(Turn t) throws SQLException {
    org.jobline.metrics.Metrics.smsCommand(t.command().kind());
    return handlers.get(t.command().kind()).handle(t);
  }
}
