using System.Security.Cryptography;
using System.Text;

namespace ServiceQuality.Handlers.Staff;

internal static class StaffKeys
{
    /// <summary>The configured key, or one drawn for this process (sign-ins and forms then end with it).</summary>
    public static byte[] From(string? configured) =>
        string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
}
