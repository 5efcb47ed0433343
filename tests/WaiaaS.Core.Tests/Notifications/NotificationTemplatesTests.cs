using System.Reflection;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Core.Tests.Notifications;

public class NotificationTemplatesTests
{
    public static TheoryData<string> Events()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(NotificationEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    private static NotificationTemplateInput Input(string eventType) =>
        new(eventType, "caller title", "TRANSFER of 0.5 SOL to Recipient1 on solana-devnet (transaction tx-1)")
        {
            TransactionId = "tx-1",
            SessionId = "sess-1",
            Facts = new Dictionary<string, string> { [NotificationFacts.Amount] = "0.5 SOL", [NotificationFacts.Wallet] = "agent-1", [NotificationFacts.Version] = "2.1.0" },
        };

    [Theory]
    [MemberData(nameof(Events))]
    public void EveryEvent_HasATemplate_InEnglishAndKorean(string eventType)
    {
        Assert.True(NotificationTemplates.Covers(eventType), eventType);
        var en = NotificationTemplates.Render(Input(eventType), "en");
        var ko = NotificationTemplates.Render(Input(eventType), "ko");

        Assert.NotEqual("caller title", en.Title);
        Assert.NotEqual("caller title", ko.Title);
        Assert.NotEqual(en.Title, ko.Title);
        Assert.StartsWith("TRANSFER of 0.5 SOL", en.Text, StringComparison.Ordinal);
        Assert.Contains("금액: 0.5 SOL", ko.Text, StringComparison.Ordinal);
        Assert.Contains("0.5 SOL", ko.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NotificationEventTypes.TxApprovalRequired, "Next: Approve: /approve tx-1 in Telegram or `waiaas tx approve tx-1`. Reject: /reject tx-1 or `waiaas tx reject tx-1`.")]
    [InlineData(NotificationEventTypes.TxQueued, "Next: To stop it: /cancel tx-1 in Telegram or `waiaas tx cancel tx-1`.")]
    [InlineData(NotificationEventTypes.ApprovalDowngraded, "`waiaas tx cancel tx-1`")]
    [InlineData(NotificationEventTypes.TxFailed, "`waiaas tx show tx-1`")]
    [InlineData(NotificationEventTypes.SessionCreated, "`waiaas session revoke sess-1`")]
    [InlineData(NotificationEventTypes.SessionExpiringSoon, "/newsession")]
    [InlineData(NotificationEventTypes.KillSwitchActivated, "`waiaas killswitch off`")]
    [InlineData(NotificationEventTypes.UpdateAvailable, "dotnet tool update -g WaiaaS.Cli")]
    public void OwnerActions_NameTheExactCommand(string eventType, string expected) =>
        Assert.Contains(expected, NotificationTemplates.Render(Input(eventType), "en").Text, StringComparison.Ordinal);

    [Fact]
    public void Titles_NameTheWalletOrVersion_FromTheFacts()
    {
        Assert.Equal("Approval required (agent-1)", NotificationTemplates.Render(Input(NotificationEventTypes.TxApprovalRequired), "en").Title);
        Assert.Equal("WaiaaS update available: 2.1.0", NotificationTemplates.Render(Input(NotificationEventTypes.UpdateAvailable), "en").Title);
        Assert.Equal("승인 필요", NotificationTemplates.Render(Input(NotificationEventTypes.TxApprovalRequired), "ko").Title);
    }

    [Fact]
    public void WithoutIds_TheCommandsShowAPlaceholder()
    {
        var rendered = NotificationTemplates.Render(new NotificationTemplateInput(NotificationEventTypes.TxApprovalRequired, "t", "b"), "en");
        Assert.Contains("/approve <id>", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEvent_KeepsTheCallersText()
    {
        var rendered = NotificationTemplates.Render(new NotificationTemplateInput("SOMETHING_NEW", "Title here", "Body here"), "en");
        Assert.Equal(new RenderedNotification("Title here", "Body here"), rendered);
    }

    [Fact]
    public void Welcome_IsLocalised_AndNamesTheApproveCommand()
    {
        Assert.Contains("/approve <id>", NotificationTemplates.Welcome("en"), StringComparison.Ordinal);
        Assert.Contains("알림이 켜졌습니다", NotificationTemplates.Welcome("ko"), StringComparison.Ordinal);
        Assert.Contains("waiaas tx approve <id>", NotificationTemplates.Welcome("ko"), StringComparison.Ordinal);
        Assert.Equal(NotificationTemplates.Welcome("en"), NotificationTemplates.Welcome("fr"));
    }
}
