// Secrets the app and its platform read through Key Vault references: the SendGrid key, the signing keys of
// invitations and forms, and the client secret of the Entra app registration used for staff sign-in.
param location string
param tags object
param name string

@secure()
param sendGridApiKey string

@secure()
param invitationSigningKey string

@secure()
param formSigningKey string

@secure()
param staffFormSigningKey string

@secure()
param entraClientSecret string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource sendGrid 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'SendGridApiKey'
  properties: { value: sendGridApiKey }
}

resource signing 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'InvitationSigningKey'
  properties: { value: invitationSigningKey }
}

resource formSigning 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'FormSigningKey'
  properties: { value: formSigningKey }
}

resource staffFormSigning 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'StaffFormSigningKey'
  properties: { value: staffFormSigningKey }
}

// Kept when a later deployment passes no secret, so it need only be given once (or set in the vault directly).
resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(entraClientSecret)) {
  parent: vault
  name: 'EntraClientSecret'
  properties: { value: entraClientSecret }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
