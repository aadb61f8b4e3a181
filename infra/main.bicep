// ServiceQuality on Azure: a Flex Consumption Function App (.NET 10 isolated) with a system-assigned identity,
// its Storage account reached through that identity (no account keys in settings), Application Insights,
// and a Key Vault holding the SendGrid key and the invitation signing key. `azd up` provisions and deploys it.
targetScope = 'subscription'

@minLength(1)
@maxLength(32)
@description('Name of the azd environment; used to name the resource group and resources.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
param location string

@description('Object id of the person or pipeline running the deployment, given Key Vault Secrets Officer to set secrets. Leave empty to skip.')
param deployerPrincipalId string = ''

@secure()
@description('SendGrid API key. Leave empty to keep e-mail in the stored outbox until the secret is set in Key Vault.')
param sendGridApiKey string = ''

@secure()
@description('Signing key of survey invitation tokens; azd keeps the one already in Key Vault, or makes a random one.')
param invitationSigningKey string

@secure()
@description('Signing key of the anti-forgery tokens of the citizen forms, shared by every instance.')
param formSigningKey string

@secure()
@description('Signing key of the anti-forgery tokens of the staff forms, shared by every instance.')
param staffFormSigningKey string

@description('Directory (tenant) id of the Entra ID tenant whose staff sign in; the subscription\'s tenant by default.')
param authTenantId string = subscription().tenantId

@minLength(1)
@description('Application (client) id of the Entra app registration for staff sign-in (see infra/README.md).')
param authClientId string

@secure()
@description('Client secret of that app registration. Leave empty to keep the one already in Key Vault.')
param authClientSecret string = ''

@description('Sender address of the agency e-mail.')
param emailFromAddress string = 'service-quality@example.gov.tw'

@description('Largest number of Function App instances.')
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
// The app setting App Service Authentication reads the client secret from, by its documented default name.
var authCredentialSettingName = 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
var tags = { 'azd-env-name': environmentName, application: 'servicequality' }

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-servicequality-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-sq-${resourceToken}'
    applicationInsightsName: 'appi-sq-${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: 'stsq${resourceToken}'
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    location: location
    tags: tags
    name: 'kv-sq-${resourceToken}'
    sendGridApiKey: sendGridApiKey
    invitationSigningKey: invitationSigningKey
    formSigningKey: formSigningKey
    staffFormSigningKey: staffFormSigningKey
    entraClientSecret: authClientSecret
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    location: location
    tags: tags
    planName: 'plan-sq-${resourceToken}'
    appName: 'func-sq-${resourceToken}'
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: vault.outputs.uri
    emailFromAddress: emailFromAddress
    sendGridConfigured: !empty(sendGridApiKey)
    maximumInstanceCount: maximumInstanceCount
    authCredentialSettingName: authCredentialSettingName
  }
}

module authentication 'modules/authentication.bicep' = {
  name: 'authentication'
  scope: rg
  params: {
    appName: app.outputs.name
    tenantId: authTenantId
    clientId: authClientId
    clientCredentialSettingName: authCredentialSettingName
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  scope: rg
  params: {
    principalId: app.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: vault.outputs.name
    applicationInsightsName: monitoring.outputs.name
    deployerPrincipalId: deployerPrincipalId
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = app.outputs.name
output SERVICE_API_URI string = 'https://${app.outputs.defaultHostName}'
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
