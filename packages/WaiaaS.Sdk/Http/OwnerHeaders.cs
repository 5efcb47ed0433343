using System.Text;

namespace WaiaaS.Sdk.Http;

/// <summary>Writes an <see cref="OwnerSignature"/> as <c>X-Owner-Address</c>, <c>X-Owner-Message</c> (base64 of the UTF-8 text) and <c>X-Owner-Signature</c>.</summary>
internal static class OwnerHeaders
{
    public static void Add(HttpRequestMessage request, OwnerSignature owner)
    {
        request.Headers.TryAddWithoutValidation("X-Owner-Address", owner.Address);
        request.Headers.TryAddWithoutValidation("X-Owner-Message", Convert.ToBase64String(Encoding.UTF8.GetBytes(owner.Message)));
        request.Headers.TryAddWithoutValidation("X-Owner-Signature", owner.Signature);
    }
}
