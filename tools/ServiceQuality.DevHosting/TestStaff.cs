using System.Text;
using System.Text.Json;

namespace ServiceQuality.DevHosting;

/// <summary>People of functions/definitions/staff.json that tests sign in as, one per role.</summary>
public static class TestStaff
{
    /// <summary>陳怡君, triage (unit service-centre).</summary>
    public const string Triage = "chen.yijun@branch.example.gov.tw";

    /// <summary>林志明, unit user of inspection-1.</summary>
    public const string UnitInspection1 = "lin.zhiming@branch.example.gov.tw";

    /// <summary>黃淑芬, unit user of metrology.</summary>
    public const string UnitMetrology = "huang.shufen@branch.example.gov.tw";

    /// <summary>張家豪, etiquette tester.</summary>
    public const string EtiquetteTester = "chang.chiahao@branch.example.gov.tw";

    /// <summary>王美玲, manager.</summary>
    public const string Manager = "wang.meiling@branch.example.gov.tw";

    /// <summary>李建宏, admin.</summary>
    public const string Admin = "li.jianhong@branch.example.gov.tw";

    /// <summary>蔡雅雯, triage and etiquette tester.</summary>
    public const string TriageAndTester = "tsai.yawen@branch.example.gov.tw";

    public const string EasyAuthHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>
    /// The X-MS-CLIENT-PRINCIPAL value App Service Authentication sends for an Entra ID sign-in with these app roles.
    /// A host honours it only with WEBSITE_AUTH_ENABLED=true, as behind App Service.
    /// </summary>
    public static string EasyAuthPrincipal(string upn, string name, params string[] appRoles)
    {
        var claims = new List<object>
        {
            new { typ = "name", val = name },
            new { typ = "preferred_username", val = upn },
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = Guid.NewGuid().ToString() },
        };
        claims.AddRange(appRoles.Select(r => new { typ = "roles", val = r }));
        var principal = new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims,
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}
