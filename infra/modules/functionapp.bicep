// The Function App on the Flex Consumption plan, .NET 10 isolated worker, with a system-assigned identity.
// Settings hold no secrets and no account keys: storage is reached by identity, secrets by Key Vault reference.
param location string
param tags object
param planName string
param appName string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsConnectionString string
param keyVaultUri string
param emailFromAddress string
param sendGridConfigured bool
param maximumInstanceCount int
param authCredentialSettingName string

@description('Public address of the citizen pages, used in e-mailed invitation links; a custom domain goes here.')
param publicBaseUrl string = 'https://${appName}.azurewebsites.net'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

var vaultSecrets = '${keyVaultUri}secrets'
var baseSettings = [
  // The host and the app's own storage adapters both read this: an account name means "use the managed identity".
  { name: 'AzureWebJobsStorage__accountName', value: storage.name }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
  { name: 'Invitations__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${vaultSecrets}/InvitationSigningKey/)' }
  { name: 'Invitations__PublicBaseUrl', value: publicBaseUrl }
  // Every instance must accept a form rendered by another, so they share one anti-forgery key.
  { name: 'FormProtection__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${vaultSecrets}/FormSigningKey/)' }
  // Signs the staff forms' anti-forgery tokens (and, locally only, the development sign-in).
  { name: 'Staff__SignInKey', value: '@Microsoft.KeyVault(SecretUri=${vaultSecrets}/StaffFormSigningKey/)' }
  { name: 'SendGrid__FromAddress', value: emailFromAddress }
  { name: 'Classification__ReviewThreshold', value: '0.5' }
  // Behind the App Service front ends the client address arrives in X-Forwarded-For.
  { name: 'RateLimits__TrustForwardedFor', value: 'true' }
  { name: 'Models__RefreshInterval', value: '00:05:00' }
  // Read by App Service Authentication (authentication.bicep), not by the app: the Entra app registration's secret.
  { name: authCredentialSettingName, value: '@Microsoft.KeyVault(SecretUri=${vaultSecrets}/EntraClientSecret/)' }
]
// Without the secret in Key Vault the reference would resolve to its own text, so the key setting is only
// added once the secret exists; until then e-mail goes to the stored outbox.
var sendGridSetting = { name: 'SendGrid__ApiKey', value: '@Microsoft.KeyVault(SecretUri=${vaultSecrets}/SendGridApiKey/)' }

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(baseSettings, sendGridConfigured ? [ sendGridSetting ] : [])
    }
  }
}

output name string = site.name
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
