using System.Net;
using WaiaaS.Daemon.Endpoints;

namespace WaiaaS.Daemon.Tests.Notifications;

public class NotificationEndpointTests
{
    [Fact]
    public async Task Status_ListsChannelsOrderAndLimit_WithoutSecrets()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { SlackWebhookUrl = "", ChannelOrder = ["ntfy", "telegram", "slack"], RateLimitRpm = 7 });

        var (response, body) = await h.Host.SendAsync(HttpMethod.Get, "/v1/admin/notifications/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("enabled").GetBoolean());
        Assert.True(body.GetProperty("delivering").GetBoolean());
        Assert.Equal(7, body.GetProperty("rateLimitRpm").GetInt32());
        Assert.Equal(["ntfy", "telegram", "slack"], body.GetProperty("channelOrder").EnumerateArray().Select(e => e.GetString()));
        var channels = body.GetProperty("channels").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => (c.GetProperty("configured").GetBoolean(), c.GetProperty("position").ValueKind == System.Text.Json.JsonValueKind.Null ? 0 : c.GetProperty("position").GetInt32()));
        Assert.Equal((true, 2), channels["telegram"]);
        Assert.Equal((true, 0), channels["discord"]);
        Assert.Equal((false, 3), channels["slack"]);
        Assert.Equal((true, 1), channels["ntfy"]);
        foreach (var secret in NotificationPeerServer.Secrets)
        {
            Assert.DoesNotContain(secret, body.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Test_SendsThroughEveryConfiguredChannel_AndReportsEach()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);
        h.Peers.FailWith["discord"] = 500;

        var (response, body) = await h.Host.SendAsync(HttpMethod.Post, "/v1/admin/notifications/test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = body.GetProperty("items").EnumerateArray().Select(r => $"{r.GetProperty("channel").GetString()}:{r.GetProperty("status").GetString()}:{r.GetProperty("error").GetString()}");
        Assert.Equal(["telegram:SENT:", "discord:FAILED:HTTP 500", "slack:SENT:", "ntfy:SENT:"], results);
        Assert.Equal("WaiaaS test notification", Assert.Single(h.Peers.Of("ntfy")).Title);
        Assert.Contains("/approve <id>", h.Peers.Of("telegram")[0].Text, StringComparison.Ordinal);
        Assert.Equal(4, (await h.LogRowsAsync()).Count(r => r.EventType == NotificationEndpoints.TestEventType));
        await h.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task Log_PagesNewestFirst_WithCursor()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);
        await h.Host.SendAsync(HttpMethod.Post, "/v1/admin/notifications/test");
        h.Host.Time.Advance(TimeSpan.FromSeconds(1));
        h.Peers.FailWith["ntfy"] = 503;
        await h.Host.SendAsync(HttpMethod.Post, "/v1/admin/notifications/test");

        var (first, page1) = await h.Host.SendAsync(HttpMethod.Get, "/v1/admin/notifications/log?limit=5");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var items1 = page1.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items1.Count);
        Assert.True(page1.GetProperty("hasMore").GetBoolean());
        Assert.Equal("ntfy", items1[0].GetProperty("channel").GetString());
        Assert.Equal("FAILED", items1[0].GetProperty("status").GetString());
        Assert.Equal("HTTP 503", items1[0].GetProperty("error").GetString());

        var cursor = page1.GetProperty("cursor").GetString();
        var (_, page2) = await h.Host.SendAsync(HttpMethod.Get, $"/v1/admin/notifications/log?limit=5&cursor={cursor}");
        var items2 = page2.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items2.Count);
        Assert.False(page2.GetProperty("hasMore").GetBoolean());
        Assert.Empty(items1.Select(i => i.GetProperty("id").GetString()).Intersect(items2.Select(i => i.GetProperty("id").GetString())));

        var (bad, _) = await h.Host.SendAsync(HttpMethod.Get, "/v1/admin/notifications/log?cursor=nope");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
