namespace WaiaaS.Daemon.Telegram;

/// <summary>The bot's fixed texts (the welcome also in Korean when <c>[notifications] locale = "ko"</c>).</summary>
internal static class TelegramTexts
{
    public const string Help =
        "Commands:\n"
        + "/status - daemon version, kill switch, wallets, pending transactions\n"
        + "/wallets - the wallets\n"
        + "/pending - transactions waiting (QUEUED), with buttons\n"
        + "/approve <txId> [signature] - owner approval: without a signature the bot shows the message the owner signs\n"
        + "/reject <txId> [signature] - owner rejection, same rule\n"
        + "/cancel <txId> - cancel a QUEUED or PENDING transaction\n"
        + "/killswitch - suspend the daemon (asks for confirmation)\n"
        + "/newsession - a new agent session for a wallet; the token is written to the wallet's token file";

    public const string Unknown = "Unknown command. /help lists the commands.";

    public const string NotAllowed =
        "This chat is not allowed to command this WaiaaS daemon. The operator must approve it "
        + "(POST /v1/admin/telegram/chats/{chatId}/approve). You will not get another reply until then.";

    public static string Welcome(string locale) => string.Equals(locale, "ko", StringComparison.Ordinal)
        ? "WaiaaS 봇에 오신 것을 환영합니다. 이 봇으로 대기 중인 거래를 확인하고, 세션을 만들고, 킬 스위치를 켤 수 있습니다. /help 에서 명령어를 확인하세요."
        : "Welcome to the WaiaaS bot. It shows waiting transactions, creates agent sessions and activates the kill switch. /help lists the commands.";
}
