using System.Collections.Frozen;

namespace WaiaaS.Core.Notifications;

/// <summary>The Korean templates (<c>[notifications] locale = "ko"</c>): headline and next action in Korean, details as the daemon wrote them.</summary>
internal static class KoreanNotificationTemplates
{
    public const string Welcome =
        "WaiaaS 알림이 켜졌습니다. 에이전트의 거래가 승인을 기다리거나, 지연되거나, 실패하거나, 킬 스위치나 AutoStop이 작동하면 "
        + "여기로 알려 드립니다. 승인: 텔레그램에서 /approve <id> 또는 `waiaas tx approve <id>`, 취소: `waiaas tx cancel <id>`.";

    public static FrozenDictionary<string, NotificationTemplate> All { get; } = new Dictionary<string, NotificationTemplate>
    {
        [NotificationEventTypes.TxRequested] = new(_ => "거래 요청", i => $"예상하지 못한 거래라면 모두 중지하세요: `waiaas killswitch on`. 자세히: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxQueued] = new(_ => "거래 지연", i => $"중지하려면: 텔레그램에서 /cancel {Tx(i)} 또는 `waiaas tx cancel {Tx(i)}`."),
        [NotificationEventTypes.TxApprovalRequired] = new(
            _ => "승인 필요",
            i => $"승인: 텔레그램에서 /approve {Tx(i)} 또는 `waiaas tx approve {Tx(i)}`. 거절: /reject {Tx(i)} 또는 `waiaas tx reject {Tx(i)}`."),
        [NotificationEventTypes.TxSubmitted] = new(_ => "거래 제출됨", i => $"자세히: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxConfirmed] = new(_ => "거래 확정", _ => null),
        [NotificationEventTypes.TxFailed] = new(_ => "거래 실패", i => $"자세히: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxCancelled] = new(_ => "거래 취소됨", _ => null),
        [NotificationEventTypes.TxApprovalExpired] = new(_ => "승인 기한 만료", _ => "전송된 것은 없습니다. 에이전트가 다시 요청할 수 있습니다."),
        [NotificationEventTypes.PolicyViolation] = new(_ => "정책에 의해 거래 거부", _ => "정책 확인: `waiaas policy list`."),
        [NotificationEventTypes.CumulativeLimitWarning] = new(_ => "누적 한도 임박", _ => "한도 확인: `waiaas policy list`."),
        [NotificationEventTypes.SessionCreated] = new(_ => "세션 생성됨", i => $"본인이 아니라면 폐기하세요: `waiaas session revoke {EnglishNotificationTemplates.Session(i)}`."),
        [NotificationEventTypes.SessionExpiringSoon] = new(_ => "세션 곧 만료", _ => "새 세션 만들기: 텔레그램에서 /newsession, `waiaas session create --wallet <wallet>` 또는 `waiaas mcp refresh-token`."),
        [NotificationEventTypes.SessionExpired] = new(_ => "세션 만료", _ => "새 세션 만들기: 텔레그램에서 /newsession 또는 `waiaas session create --wallet <wallet>`."),
        [NotificationEventTypes.KillSwitchActivated] = new(_ => "킬 스위치 작동", _ => "안전해지면: `waiaas killswitch off`."),
        [NotificationEventTypes.KillSwitchRecovered] = new(_ => "킬 스위치 해제", _ => "에이전트에게 새 세션을 만들어 주세요: `waiaas session create --wallet <wallet>`."),
        [NotificationEventTypes.AutoStopTriggered] = new(_ => "AutoStop이 지갑을 정지함", _ => "원인을 확인한 뒤 지갑을 재개하세요 (POST /v1/wallets/<id>/resume)."),
        [NotificationEventTypes.UpdateAvailable] = new(_ => "WaiaaS 업데이트 가능", _ => "업데이트: `dotnet tool update -g WaiaaS.Cli`."),
        [NotificationEventTypes.ApprovalDowngraded] = new(
            _ => "승인이 지연으로 변경됨",
            i => $"중지하려면: 텔레그램에서 /cancel {Tx(i)} 또는 `waiaas tx cancel {Tx(i)}`. 소유자 등록: `waiaas owner set`."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"금액: 0.5 SOL · 받는 주소: … · 네트워크: …" from the facts, or null without facts.</summary>
    public static string? Summary(NotificationTemplateInput input)
    {
        var parts = new List<string>();
        Add(parts, "지갑", input.Fact(NotificationFacts.Wallet));
        Add(parts, "금액", input.Fact(NotificationFacts.Amount));
        Add(parts, "받는 주소", input.Fact(NotificationFacts.To));
        Add(parts, "네트워크", input.Fact(NotificationFacts.Network));
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static void Add(List<string> parts, string label, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{label}: {value}");
        }
    }

    private static string Tx(NotificationTemplateInput input) => EnglishNotificationTemplates.Tx(input);
}
