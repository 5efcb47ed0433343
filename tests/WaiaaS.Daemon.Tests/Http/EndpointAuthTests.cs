using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Http;

// The endpoint list comes from the app's own EndpointDataSource: an endpoint added later without an auth
// declaration, or reachable without its credential, fails this test.
public class EndpointAuthTests
{
    // /v1/nonce is open because an owner has no credential until a signature over a nonce proves the address; a
    // nonce grants nothing by itself and outstanding nonces are capped (OwnerNonceStore).
    private static readonly HashSet<string> AnonymousByDesign = new(StringComparer.Ordinal) { "/health", "/openapi/{documentName}.json", "/v1/nonce" };

    [Fact]
    public async Task EveryEndpoint_DeclaresItsCredential_AndRefusesRequestsWithoutIt()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { MasterAuthLockoutFailures = 10_000 }));
        var endpoints = host.Daemon.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var protectedCount = 0;

        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            var auth = endpoint.Metadata.GetMetadata<AuthMetadata>();
            Assert.True(auth is not null, $"{endpoint.DisplayName} declares no credential");
            if (auth.Requirement == AuthRequirement.None)
            {
                Assert.True(AnonymousByDesign.Contains(pattern), $"{pattern} is open without credentials but is not on the reviewed list");
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)
            {
                var path = Concrete(pattern);
                var (withoutCredential, body) = await host.SendAsync(new HttpMethod(method), path, new { name = "x", chain = "solana" }, password: null);
                Assert.True(withoutCredential.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} without credentials answered {withoutCredential.StatusCode}");
                Assert.Equal("UNAUTHORIZED", body.GetProperty("code").GetString());

                var (wrongCredential, wrongBody) = await host.SendAsync(new HttpMethod(method), path, new { name = "x", chain = "solana" }, password: "not the password");
                Assert.True(wrongCredential.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with a wrong password answered {wrongCredential.StatusCode}");
                Assert.Equal(auth.Requirement is AuthRequirement.Master or AuthRequirement.SessionOrMaster ? "INVALID_MASTER_PASSWORD" : "UNAUTHORIZED", wrongBody.GetProperty("code").GetString());
                if (auth.Requirement is AuthRequirement.Session or AuthRequirement.SessionOrMaster)
                {
                    using var forged = DaemonTestHost.Request(new HttpMethod(method), path, new { name = "x" }, password: null);
                    forged.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wai_sess_eyJhbGciOiJIUzI1NiJ9.e30.forged");
                    using var forgedResponse = await host.Client.SendAsync(forged);
                    Assert.True(forgedResponse.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with a forged session token answered {forgedResponse.StatusCode}");
                }

                protectedCount++;
            }
        }

        Assert.True(protectedCount >= 10, $"only {protectedCount} protected endpoint/method pairs were found");
        var (list, wallets) = await host.SendAsync(HttpMethod.Get, "/v1/wallets");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(0, wallets.GetProperty("items").GetArrayLength());
    }

    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", Guid.CreateVersion7().ToString());
}
