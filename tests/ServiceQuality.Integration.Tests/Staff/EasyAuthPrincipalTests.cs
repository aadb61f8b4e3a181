using System.Text;
using ServiceQuality.Handlers.Staff;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

public sealed class EasyAuthPrincipalTests
{
    /// <summary>The header as App Service Authentication writes it for an Entra ID sign-in.</summary>
    public static string Header(string upn, string name, params string[] roles)
    {
        var claims = new List<string>
        {
            $$"""{"typ":"name","val":"{{name}}"}""",
            $$"""{"typ":"preferred_username","val":"{{upn}}"}""",
            """{"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"0b3c9d7e-0000-4000-8000-000000000001"}""",
        };
        claims.AddRange(roles.Select(r => $$"""{"typ":"roles","val":"{{r}}"}"""));
        var json = $$"""{"auth_typ":"aad","name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","claims":[{{string.Join(',', claims)}}]}""";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void The_principal_names_the_person_by_their_upn_and_keeps_the_known_app_roles()
    {
        var principal = EasyAuthPrincipal.Parse(Header("kuo.peiling@branch.example.gov.tw", "郭佩玲", "manager", "Global.Reader"))!;

        Assert.Equal("kuo.peiling@branch.example.gov.tw", principal.Id);
        Assert.Equal("郭佩玲", principal.DisplayName);
        Assert.Equal(["manager"], principal.AppRoles);
    }

    [Fact]
    public void Roles_under_the_role_type_the_principal_names_count_too()
    {
        var json = """{"auth_typ":"aad","name_typ":"upn","role_typ":"myroles","claims":[{"typ":"upn","val":"a@x.gov.tw"},{"typ":"myroles","val":"admin"}]}""";

        var principal = EasyAuthPrincipal.Parse(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)))!;

        Assert.Equal("a@x.gov.tw", principal.Id);
        Assert.Equal(["admin"], principal.AppRoles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("eyJ9")]
    [InlineData("e30=")]
    public void A_header_that_is_not_a_principal_is_nobody(string header)
    {
        Assert.Null(EasyAuthPrincipal.Parse(header));
    }
}
