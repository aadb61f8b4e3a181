// App Service Authentication (Easy Auth) with Microsoft Entra ID in front of the Function App. The platform signs
// staff in and is the only source of X-MS-CLIENT-PRINCIPAL: it strips any such header a client sends. Citizen
// pages and the machine API called with function keys (survey tokens, kiosk credentials) stay anonymous; every other
// path requires a signed-in user, whose principal the app reads and whose roles it checks.
param appName string

@description('Directory (tenant) id of the Entra ID tenant whose staff sign in.')
param tenantId string

@description('Application (client) id of the Entra app registration that defines the staff app roles.')
param clientId string

@description('Name of the app setting holding the client secret (a Key Vault reference).')
param clientCredentialSettingName string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      // Matched exactly, or by prefix where a path ends in /*. Citizen pages and their API, the public report and
      // open data, then the survey-token and kiosk-credential APIs machines call with a function key.
      excludedPaths: [
        '/'
        '/surveys/*'
        '/api/surveys'
        '/api/surveys/*'
        '/complaints'
        '/complaints/*'
        '/api/complaints'
        '/assets/*'
        '/reports/*'
        '/api/reports/*'
        '/api/open-data/*'
        '/api/survey-tokens'
        '/api/survey-tokens/*'
        '/api/kiosks'
        '/api/kiosks/*'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          clientSecretSettingName: clientCredentialSettingName
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
  }
}
